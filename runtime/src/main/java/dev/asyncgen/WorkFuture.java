package dev.asyncgen;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A future with work behind it (a blocking call, a gather's inputs) that settling it from outside
 * must stop. Subclasses stop the work in {@code cancel}, {@code complete} and {@code
 * completeExceptionally}; this class routes every other way in through those three, so that no way
 * of settling a {@link CompletableFuture} bypasses them: the JDK's {@code orTimeout} and {@code
 * completeOnTimeout} call them already, {@code obtrude…} and {@code completeAsync} would not.
 */
abstract class WorkFuture<T> extends CompletableFuture<T> {

  /** Settles like {@code complete} if nothing has yet; else only replaces the result. */
  @Override
  public void obtrudeValue(T value) {
    if (!complete(value)) {
      super.obtrudeValue(value);
    }
  }

  /**
   * Settles like {@code completeExceptionally} if nothing has yet; else only replaces the result
   * (the work was stopped, or finished, when the future first settled).
   */
  @Override
  public void obtrudeException(Throwable failure) {
    if (!completeExceptionally(failure)) {
      super.obtrudeException(failure);
    }
  }

  /**
   * Runs {@code supplier} on {@code executor}, as the JDK's does, and settles through {@code
   * complete} or {@code completeExceptionally}, which the JDK's bypasses. A failure of {@code
   * supplier} is stored as the JDK stores it, in a {@link java.util.concurrent.CompletionException}.
   */
  @Override
  public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
    StageSupport.completeAsync(this, supplier, executor);
    return this;
  }
}
