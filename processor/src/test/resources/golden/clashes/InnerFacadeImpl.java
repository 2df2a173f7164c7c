package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link InnerFacade} by calling a {@link Clashing.Renamed} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class InnerFacadeImpl implements InnerFacade {
  /**
   * The object whose methods the facade calls.
   */
  private final Clashing.Renamed delegate;

  /**
   * Runs each call as the facade's options say.
   */
  private final FacadeRuntime runtime;

  /**
   * Makes a facade of {@code delegate} whose calls run as {@code options} say.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   */
  InnerFacadeImpl(Clashing.Renamed delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<java.lang.String> hello() {
    return this.runtime.<java.lang.String>call("Clashing.Renamed.hello", () -> this.delegate.hello());
  }

  @Override
  public InnerFacade withOptions(UnaryOperator<AsyncOptions> change) {
    return new InnerFacadeImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public java.lang.String toString() {
    return "InnerFacade[" + this.delegate + "]";
  }
}
