package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link StoreAsync} by calling a {@link Store} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class StoreAsyncImpl<K, V> implements StoreAsync<K, V> {
  private final Store<K, V> delegate;

  private final FacadeRuntime runtime;

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
  public CompletableFuture<List<V>> gatherLoad(Collection<? extends K> args) {
    return FacadeRuntime.<K, V>gather(args, arg -> this.load(arg));
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
