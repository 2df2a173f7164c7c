package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** What the runtime does to stages it did not make: cancel them, read and store their failures. */
final class StageSupport {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private StageSupport() {}

  /**
   * Cancels {@code stage} if it is a {@link Future} still running, and says whether this call is
   * what cancelled it. Never throws: a decider that threw here would leave its future unsettled for
   * ever. {@code minimalCompletionStage()} is a {@code Future} whose {@code cancel} (and {@code
   * isDone}) throw {@link UnsupportedOperationException}; it simply cannot be cancelled.
   */
  static boolean tryCancel(CompletionStage<?> stage, boolean interrupt) {
    if (!(stage instanceof Future<?> future)) {
      return false;
    }
    try {
      return !future.isDone() && future.cancel(interrupt) && future.isCancelled();
    } catch (UnsupportedOperationException notCancellable) {
      return false;
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "cancelling a stage failed: " + stage, failure);
      return false;
    }
  }

  /** The exception {@code stage}, which has settled, holds, unwrapped; {@code null} if none. */
  static Throwable failureOf(CompletionStage<?> stage) {
    CompletableFuture<Throwable> failure =
        stage.handle((value, thrown) -> thrown).toCompletableFuture();
    Throwable thrown = failure.getNow(null);
    return thrown == null ? null : unwrap(thrown);
  }

  /** The original failure: the cause of the {@link CompletionException} a dependent stage adds. */
  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /**
   * What to store in a future so that {@code get()} reports {@code failure} as the cause: the
   * failure itself, or, for a {@link CompletionException} (whose cause {@code get()} would report
   * instead), the failure wrapped once more.
   */
  static Throwable storable(Throwable failure) {
    return failure instanceof CompletionException ? new CompletionException(failure) : failure;
  }

  /**
   * {@link CompletableFuture#completeAsync(Supplier, Executor)} through {@code target}'s own
   * {@code complete} and {@code completeExceptionally}, which the JDK's bypasses: a future that
   * stops work when settled from outside must hear of this way too. Stores a failure of {@code
   * supplier} as the JDK does.
   */
  static <T> void completeAsync(
      CompletableFuture<T> target, Supplier<? extends T> supplier, Executor executor) {
    Objects.requireNonNull(supplier, "supplier");
    executor.execute(
        () -> {
          if (target.isDone()) {
            return;
          }
          T value;
          try {
            value = supplier.get();
          } catch (Throwable failure) {
            target.completeExceptionally(
                failure instanceof CompletionException ? failure : new CompletionException(failure));
            return;
          }
          target.complete(value);
        });
  }
}
