package com.example.nesting;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Outer_InnerAsync} by calling a {@link Outer.Inner} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class Outer_InnerAsyncImpl implements Outer_InnerAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Outer.Inner delegate;

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
  Outer_InnerAsyncImpl(Outer.Inner delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<String> name() {
    return this.runtime.<String>call("Outer.Inner.name", () -> this.delegate.name());
  }

  @Override
  public Outer_InnerAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new Outer_InnerAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Outer_InnerAsync[" + this.delegate + "]";
  }
}
