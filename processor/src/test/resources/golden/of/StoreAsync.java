package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Store}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 *
 * @param <K> the {@code K} of {@link Store}
 * @param <V> the {@code V} of {@link Store}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface StoreAsync<K, V> {
  /**
   * Calls {@link Store#load(Object)} on this facade's executor.
   *
   * @param key passed on
   * @return a future of its result
   */
  CompletableFuture<V> load(K key);

  /**
   * Calls {@link Store#save(Object, Object)} on this facade's executor.
   *
   * @param key passed on
   * @param value passed on
   * @return a future of {@code null}, once it returns
   */
  CompletableFuture<Void> save(K key, V value);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param <K> the {@code K} of {@link Store}
   * @param <V> the {@code V} of {@link Store}
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate) {
    return new StoreAsyncImpl<>(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param <K> the {@code K} of {@link Store}
   * @param <V> the {@code V} of {@link Store}
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate, Executor executor) {
    return new StoreAsyncImpl<>(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param <K> the {@code K} of {@link Store}
   * @param <V> the {@code V} of {@link Store}
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static <K, V> StoreAsync<K, V> of(Store<K, V> delegate, AsyncOptions options) {
    return new StoreAsyncImpl<>(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  StoreAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change);
}
