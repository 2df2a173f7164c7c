package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link ClashingAsync} by calling a {@link Clashing} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class ClashingAsyncImpl implements ClashingAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Clashing delegate;

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
  ClashingAsyncImpl(Clashing delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<java.lang.String> of(java.lang.String delegate,
      java.util.concurrent.Executor executor) {
    return this.runtime.<java.lang.String>call("Clashing.of", () -> this.delegate.of(delegate, executor));
  }

  @Override
  public CompletableFuture<Executor> local(String dispatcher, Executor options) {
    return this.runtime.<Executor>call("Clashing.local", () -> this.delegate.local(dispatcher, options));
  }

  @SuppressWarnings("unchecked")
  @Override
  public CompletableFuture<Void> lists(List<java.lang.String>... change) {
    return this.runtime.run("Clashing.lists", () -> this.delegate.lists(change));
  }

  @Deprecated
  @Override
  public CompletableFuture<Integer> old() {
    return this.runtime.<Integer>call("Clashing.old", () -> this.delegate.old());
  }

  @SuppressWarnings("unchecked")
  @Override
  public CompletableFuture<List<Void>> gatherLists(
      Collection<? extends List<java.lang.String>[]> args) {
    return FacadeRuntime.<List<java.lang.String>[], Void>gather(args, arg -> this.lists(arg));
  }

  @Override
  public ClashingAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new ClashingAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public java.lang.String toString() {
    return "ClashingAsync[" + this.delegate + "]";
  }
}
