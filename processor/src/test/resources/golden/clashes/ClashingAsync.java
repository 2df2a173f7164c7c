package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Clashing}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface ClashingAsync {
  /**
   * Calls {@link Clashing#of(java.lang.String, java.util.concurrent.Executor)} on this facade's executor.
   *
   * @param delegate passed on
   * @param executor passed on
   * @return a future of its result
   */
  CompletableFuture<java.lang.String> of(java.lang.String delegate,
      java.util.concurrent.Executor executor);

  /**
   * Calls {@link Clashing#local(String, Executor)} on this facade's executor.
   *
   * @param dispatcher passed on
   * @param options passed on
   * @return a future of its result
   */
  CompletableFuture<Executor> local(String dispatcher, Executor options);

  /**
   * Calls {@link Clashing#lists(List[])} on this facade's executor.
   *
   * @param change passed on
   * @return a future of {@code null}, once it returns
   */
  @SuppressWarnings("unchecked")
  CompletableFuture<Void> lists(List<java.lang.String>... change);

  /**
   * Calls {@link Clashing#old()} on this facade's executor.
   *
   * @return a future of its result
   */
  @Deprecated
  CompletableFuture<Integer> old();

  /**
   * Calls {@link #lists(List[])} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  @SuppressWarnings("unchecked")
  CompletableFuture<List<Void>> gatherLists(Collection<? extends List<java.lang.String>[]> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static ClashingAsync of(Clashing delegate) {
    return new ClashingAsyncImpl(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static ClashingAsync of(Clashing delegate, java.util.concurrent.Executor executor) {
    return new ClashingAsyncImpl(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static ClashingAsync of(Clashing delegate, AsyncOptions options) {
    return new ClashingAsyncImpl(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  ClashingAsync withOptions(UnaryOperator<AsyncOptions> change);
}
