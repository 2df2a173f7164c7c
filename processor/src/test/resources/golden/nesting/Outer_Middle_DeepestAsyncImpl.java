package com.example.nesting;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Outer_Middle_DeepestAsync} by calling a {@link Outer.Middle.Deepest} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class Outer_Middle_DeepestAsyncImpl implements Outer_Middle_DeepestAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Outer.Middle.Deepest delegate;

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
  Outer_Middle_DeepestAsyncImpl(Outer.Middle.Deepest delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<Integer> depth(Outer.Inner inner) {
    return this.runtime.<Integer>call("Outer.Middle.Deepest.depth", () -> this.delegate.depth(inner));
  }

  @Override
  public CompletableFuture<List<Integer>> gatherDepth(Collection<? extends Outer.Inner> args) {
    return FacadeRuntime.<Outer.Inner, Integer>gather(args, arg -> this.depth(arg));
  }

  @Override
  public Outer_Middle_DeepestAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new Outer_Middle_DeepestAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Outer_Middle_DeepestAsync[" + this.delegate + "]";
  }
}
