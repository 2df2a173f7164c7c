package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Store}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface StoreAsync<K, V> {
  /**
   * Calls {@link Store#load(Object)} on this facade's executor.
   *
   * @return a future of its result, failed with the exception it throws;
   *     cancelling the future interrupts the call
   */
  CompletableFuture<V> load(K key);

  /**
   * Calls {@link Store#save(Object, Object)} on this facade's executor.
   *
   * @return a future completed with {@code null} when it returns, failed with the
   *     exception it throws; cancelling the future interrupts the call
   */
  CompletableFuture<Void> save(K key, V value);

  /**
   * Calls {@link #load(Object)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<V>> gatherLoad(Collection<? extends K> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate) {
    return new StoreAsyncImpl<>(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate, Executor executor) {
    return new StoreAsyncImpl<>(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate, AsyncOptions options) {
    return new StoreAsyncImpl<>(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   */
  StoreAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change);
}
