package com.example.generics;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link CatalogAsync} by calling a {@link Catalog} through a {@link FacadeRuntime}.
 *
 * @param <K> the {@code K} of {@link Catalog}
 * @param <V> the {@code V} of {@link Catalog}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class CatalogAsyncImpl<K extends Comparable<K>, V extends Number & Serializable> implements CatalogAsync<K, V> {
  /**
   * The object whose methods the facade calls.
   */
  private final Catalog<K, V> delegate;

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
  CatalogAsyncImpl(Catalog<K, V> delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<V> find(K key) {
    return this.runtime.<V>call("Catalog.find", () -> this.delegate.find(key));
  }

  @Override
  public <T extends V> CompletableFuture<List<T>> all(Collection<? super K> keys, Class<T> type) {
    return this.runtime.<List<T>>call("Catalog.all", () -> this.delegate.<T>all(keys, type));
  }

  @Override
  public <R> CompletableFuture<R> transform(K key, Function<? super V, ? extends R> function) {
    return this.runtime.<R>callStage("Catalog.transform", () -> this.delegate.<R>transform(key, function));
  }

  @Override
  public CompletableFuture<Map<K, List<? extends V>>> index() {
    return this.runtime.<Map<K, List<? extends V>>>call("Catalog.index", () -> this.delegate.index());
  }

  @Override
  public CompletableFuture<List<V>> gatherFind(Collection<? extends K> args) {
    return FacadeRuntime.<K, V>gather(args, arg -> this.find(arg));
  }

  @Override
  public CatalogAsync<K, V> withOptions(UnaryOperator<AsyncOptions> change) {
    return new CatalogAsyncImpl<>(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "CatalogAsync[" + this.delegate + "]";
  }
}
