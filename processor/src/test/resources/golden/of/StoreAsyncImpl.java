package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link StoreAsync} by calling a {@link Store} through a {@link FacadeRuntime}.
 *
 * @param <K> the {@code K} of {@link Store}
 * @param <V> the {@code V} of {@link Store}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class StoreAsyncImpl<K, V> implements StoreAsync<K, V> {
  /**
   * The object whose methods the facade calls.
   */
  private final Store<K, V> delegate;

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
  StoreAsyncImpl(Store<K, V> delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<V> load(K key) {
    return this.runtime.<V>call("lib.Store.load", () -> this.delegate.load(key));
  }

  @Override
  public CompletableFuture<Void> save(K key, V value) {
    return this.runtime.run("lib.Store.save", () -> this.delegate.save(key, value));
  }

  @Override
  public StoreAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change) {
    return new StoreAsyncImpl<>(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "StoreAsync[" + this.delegate + "]";
  }
}
