package dev.asyncgen;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future a facade call returns ({@link TaskFuture}, or {@link RetryingFuture} for a call that
 * may be tried again), which notices when someone observes its failure, for the {@linkplain
 * UnobservedFailures unobserved-failure report}.
 *
 * <p>Observing means learning of the failure: {@code get}, {@code join} or {@code getNow} throwing
 * it, {@code isCompletedExceptionally} answering {@code true}, or a dependent stage made once it
 * has failed ({@code whenComplete}, {@code handle}, {@code exceptionally}, {@code thenApply}… all
 * make theirs through {@code newIncompleteFuture}), which covers {@link Await} and {@link Gather}.
 * A dependent made before the failure is counted when it fails. Each override does its work only
 * on the failure path: a future that succeeds pays nothing for it.
 */
abstract class FacadeFuture<T> extends WorkFuture<T> {

  /** Someone has seen this future's failure (or cancellation): there is nothing to report. */
  abstract void failureObserved();

  @Override
  public T get() throws InterruptedException, ExecutionException {
    try {
      return super.get();
    } catch (ExecutionException | CancellationException failed) {
      failureObserved();
      throw failed;
    }
  }

  @Override
  public T get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return super.get(timeout, unit);
    } catch (ExecutionException | CancellationException failed) {
      failureObserved();
      throw failed;
    }
  }

  @Override
  public T join() {
    try {
      return super.join();
    } catch (CompletionException | CancellationException failed) {
      failureObserved();
      throw failed;
    }
  }

  @Override
  public T getNow(T valueIfAbsent) {
    try {
      return super.getNow(valueIfAbsent);
    } catch (CompletionException | CancellationException failed) {
      failureObserved();
      throw failed;
    }
  }

  @Override
  public boolean isCompletedExceptionally() {
    boolean failed = super.isCompletedExceptionally();
    if (failed) {
      failureObserved();
    }
    return failed;
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    if (super.isCompletedExceptionally()) {
      failureObserved(); // a dependent stage is being made: the failure goes to it
    }
    return super.newIncompleteFuture();
  }

  @Override
  public CompletionStage<T> minimalCompletionStage() {
    if (super.isCompletedExceptionally()) {
      failureObserved();
    }
    return super.minimalCompletionStage();
  }
}
