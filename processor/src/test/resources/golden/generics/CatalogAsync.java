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
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 *
 * @param <K> the {@code K} of {@link Catalog}
 * @param <V> the {@code V} of {@link Catalog}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface CatalogAsync<K extends Comparable<K>, V extends Number & Serializable> {
  /**
   * Calls {@link Catalog#find(Comparable)} on this facade's executor.
   *
   * @param key passed on
   * @return a future of its result
   */
  CompletableFuture<V> find(K key);

  /**
   * Calls {@link Catalog#all(Collection, Class)} on this facade's executor.
   *
   * @param <T> its {@code T}
   * @param keys passed on
   * @param type passed on
   * @return a future of its result
   */
  <T extends V> CompletableFuture<List<T>> all(Collection<? super K> keys, Class<T> type);

  /**
   * Calls {@link Catalog#transform(Comparable, Function)} on this facade's executor.
   *
   * @param <R> its {@code R}
   * @param key passed on
   * @param function passed on
   * @return a future of the result of the stage it returns
   */
  <R> CompletableFuture<R> transform(K key, Function<? super V, ? extends R> function);

  /**
   * Calls {@link Catalog#index()} on this facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Map<K, List<? extends V>>> index();

  /**
   * Calls {@link #find(Comparable)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<V>> gatherFind(Collection<? extends K> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param <K> the {@code K} of {@link Catalog}
   * @param <V> the {@code V} of {@link Catalog}
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate) {
    return new CatalogAsyncImpl<>(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param <K> the {@code K} of {@link Catalog}
   * @param <V> the {@code V} of {@link Catalog}
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate, Executor executor) {
    return new CatalogAsyncImpl<>(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param <K> the {@code K} of {@link Catalog}
   * @param <V> the {@code V} of {@link Catalog}
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static <K extends Comparable<K>, V extends Number & Serializable> CatalogAsync<K, V> of(
      Catalog<K, V> delegate, AsyncOptions options) {
    return new CatalogAsyncImpl<>(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  CatalogAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change);
}
