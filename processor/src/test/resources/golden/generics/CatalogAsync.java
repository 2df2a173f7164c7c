package com.example.generics;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Catalog}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface CatalogAsync<K extends Comparable<K>, V extends Number & Serializable> {
  /**
   * Calls {@link Catalog#find(Comparable)} on this facade's executor.
   *
   * @return a future of its result, failed with the exception it throws;
   *     cancelling the future interrupts the call
   */
  CompletableFuture<V> find(K key);

  /**
   * Calls {@link Catalog#all(Collection, Class)} on this facade's executor.
   *
   * @return a future of its result, failed with the exception it throws;
   *     cancelling the future interrupts the call
   */
  <T extends V> CompletableFuture<List<T>> all(Collection<? super K> keys, Class<T> type);

  /**
   * Calls {@link Catalog#transform(Comparable, Function)} on this facade's executor.
   *
   * @return a future that completes as the stage it returns does, failed with the
   *     exception it throws; cancelling the future cancels the call and the stage
   */
  <R> CompletableFuture<R> transform(K key, Function<? super V, ? extends R> function);

  /**
   * Calls {@link Catalog#index()} on this facade's executor.
   *
   * @return a future of its result, failed with the exception it throws;
   *     cancelling the future interrupts the call
   */
  CompletableFuture<Map<K, List<? extends V>>> index();

  /**
   * Calls {@link #find(Comparable)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<V>> gatherFind(Collection<? extends K> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate) {
    return new CatalogAsyncImpl<>(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate, Executor executor) {
    return new CatalogAsyncImpl<>(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate, AsyncOptions options) {
    return new CatalogAsyncImpl<>(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   */
  CatalogAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change);
}
