package com.example.timeout;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Timed_HastyAsync} by calling a {@link Timed.Hasty} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class Timed_HastyAsyncImpl implements Timed_HastyAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Timed.Hasty delegate;

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
  Timed_HastyAsyncImpl(Timed.Hasty delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<Integer> poll() {
    return this.runtime.<Integer>call("Timed.Hasty.poll", () -> this.delegate.poll());
  }

  @Override
  public Timed_HastyAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new Timed_HastyAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Timed_HastyAsync[" + this.delegate + "]";
  }
}
