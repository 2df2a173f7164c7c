package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link CacheAsync} by calling a {@link Cache} through a {@link FacadeRuntime}.
 *
 * @param <T> the {@code T} of {@link Cache}
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class CacheAsyncImpl<T extends Comparable<T>> implements CacheAsync<T> {
  /**
   * The object whose methods the facade calls.
   */
  private final Cache<T> delegate;

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
  CacheAsyncImpl(Cache<T> delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public <N extends Number & Comparable<N>> CompletableFuture<N> max(
      Collection<? extends N> values) {
    return this.runtime.<N>call("Cache.max", () -> this.delegate.<N>max(values));
  }

  @Override
  public <X extends Exception> CompletableFuture<Void> evict(T key, X reason) {
    return this.runtime.run("Cache.evict", () -> this.delegate.<X>evict(key, reason));
  }

  @Override
  public <T1> CompletableFuture<T1> pick(T key, T1 fallback) {
    return this.runtime.<T1>call("Cache.pick", () -> this.delegate.<T1>pick(key, fallback));
  }

  @Override
  public <N extends Number & Comparable<N>> CompletableFuture<List<N>> gatherMax(
      Collection<? extends Collection<? extends N>> args) {
    return FacadeRuntime.<Collection<? extends N>, N>gather(args, arg -> this.<N>max(arg));
  }

  @Override
  public CacheAsync<T> withOptions(UnaryOperator<AsyncOptions> change) {
    return new CacheAsyncImpl<>(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "CacheAsync[" + this.delegate + "]";
  }
}
