package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Cache}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 *
 * @param <T> the {@code T} of {@link Cache}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface CacheAsync<T extends Comparable<T>> {
  /**
   * Calls {@link Cache#max(Collection)} on this facade's executor.
   *
   * @param <N> its {@code N}
   * @param values passed on
   * @return a future of its result
   */
  <N extends Number & Comparable<N>> CompletableFuture<N> max(Collection<? extends N> values);

  /**
   * Calls {@link Cache#evict(Comparable, Exception)} on this facade's executor.
   *
   * @param <X> its {@code X}
   * @param key passed on
   * @param reason passed on
   * @return a future of {@code null}, once it returns
   */
  <X extends Exception> CompletableFuture<Void> evict(T key, X reason);

  /**
   * Calls {@link Picker#pick(Object, Object)} on this facade's executor.
   *
   * @param <T1> its {@code T}
   * @param key passed on
   * @param fallback passed on
   * @return a future of its result
   */
  <T1> CompletableFuture<T1> pick(T key, T1 fallback);

  /**
   * Calls {@link #max(Collection)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param <N> its {@code N}
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  <N extends Number & Comparable<N>> CompletableFuture<List<N>> gatherMax(
      Collection<? extends Collection<? extends N>> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param <T> the {@code T} of {@link Cache}
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static <T extends Comparable<T>> CacheAsync<T> of(Cache<T> delegate) {
    return new CacheAsyncImpl<>(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param <T> the {@code T} of {@link Cache}
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static <T extends Comparable<T>> CacheAsync<T> of(Cache<T> delegate, Executor executor) {
    return new CacheAsyncImpl<>(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param <T> the {@code T} of {@link Cache}
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static <T extends Comparable<T>> CacheAsync<T> of(Cache<T> delegate, AsyncOptions options) {
    return new CacheAsyncImpl<>(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  CacheAsync<T> withOptions(UnaryOperator<AsyncOptions> change);
}
