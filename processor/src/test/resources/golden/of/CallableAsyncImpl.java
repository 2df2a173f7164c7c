package com.example.of;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link CallableAsync} by calling a {@link Callable} through a {@link FacadeRuntime}.
 *
 * @param <V> the {@code V} of {@link Callable}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class CallableAsyncImpl<V> implements CallableAsync<V> {
  /**
   * The object whose methods the facade calls.
   */
  private final Callable<V> delegate;

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
  CallableAsyncImpl(Callable<V> delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<V> call() {
    return this.runtime.<V>call("Callable.call", () -> this.delegate.call());
  }

  @Override
  public CallableAsync<V> withOptions(UnaryOperator<AsyncOptions> change) {
    return new CallableAsyncImpl<>(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "CallableAsync[" + this.delegate + "]";
  }
}
