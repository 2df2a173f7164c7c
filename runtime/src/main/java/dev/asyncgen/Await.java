package dev.asyncgen;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Blocks until a stage settles, and gives back its value or its <em>original</em> exception, as
 * Python's {@code await} does, where {@link CompletableFuture#join()} would wrap it in a {@link
 * CompletionException} and {@link CompletableFuture#get()} in an {@link ExecutionException}.
 *
 * <pre>{@code
 * Page page = Await.await(downloads.download(url));                    // IOException wrapped
 * Page page = Await.await(downloads.download(url), IOException.class); // IOException as is
 * }</pre>
 *
 * <p>The rule for the exception, in every form:
 *
 * <ul>
 *   <li>an unchecked exception ({@link RuntimeException}, {@link Error}) is thrown as it is, the
 *       same instance; so is the {@link CancellationException} of a cancelled stage;
 *   <li>a checked exception is thrown as itself if it is an instance of the class the caller names,
 *       and otherwise wrapped in an {@link AsyncException} whose cause it is;
 *   <li>if the wait times out, the stage is cancelled (with interrupt) and a {@link
 *       TimeoutException} naming the duration is raised, by the same rule;
 *   <li>if the waiting thread is interrupted, the stage is cancelled (with interrupt), the thread's
 *       interrupt flag is set again, and an {@link AsyncException} whose cause is the {@link
 *       InterruptedException} is thrown.
 * </ul>
 *
 * <p>Only a stage that is also a {@link java.util.concurrent.Future} can be cancelled; other stages
 * are left running.
 */
public final class Await {

  private Await() {}

  /**
   * Waits for {@code stage} and returns its value, or throws its original exception: unchecked ones
   * as they are, a checked one wrapped in an {@link AsyncException}. See the class comment for
   * interrupts.
   */
  public static <T> T await(CompletionStage<T> stage) {
    Objects.requireNonNull(stage, "stage");
    return await0(stage, null, null);
  }

  /**
   * Waits for {@code stage} and returns its value, or throws its original exception: an instance of
   * {@code checked} as itself (like Guava's {@code Futures.getChecked}), other checked ones wrapped
   * in an {@link AsyncException}, unchecked ones as they are.
   *
   * @throws X the stage's own exception, if it is an {@code X}
   */
  public static <T, X extends Exception> T await(CompletionStage<T> stage, Class<X> checked)
      throws X {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(checked, "checked");
    return await0(stage, null, checked);
  }

  /**
   * Like {@link #await(CompletionStage)}, but waits at most {@code timeout}: then the stage is
   * cancelled (with interrupt) and an {@link AsyncException} is thrown whose cause is a {@link
   * TimeoutException}. A stage that settles just as the timeout expires counts as settled in time.
   * A zero or negative timeout means the time is up already: the value of a stage that is done,
   * else the timeout, as with {@link Gather#withTimeout}.
   */
  public static <T> T await(CompletionStage<T> stage, Duration timeout) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeout, "timeout");
    return await0(stage, timeout, null);
  }

  /**
   * Like {@link #await(CompletionStage, Class)}, but waits at most {@code timeout}: then the stage
   * is cancelled (with interrupt) and a {@link TimeoutException} is thrown, as itself if {@code X}
   * is {@code TimeoutException} or a supertype of it, else wrapped in an {@link AsyncException}.
   *
   * @throws X the stage's own exception if it is an {@code X}, or the timeout if it is one
   */
  public static <T, X extends Exception> T await(
      CompletionStage<T> stage, Duration timeout, Class<X> checked) throws X {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(checked, "checked");
    return await0(stage, timeout, checked);
  }

  /** The one implementation; {@code timeout} and {@code checked} may be {@code null} for none. */
  private static <T, X extends Exception> T await0(
      CompletionStage<T> stage, Duration timeout, Class<X> checked) throws X {
    CompletableFuture<T> waiter = waiter(stage);
    Throwable cause;
    try {
      return timeout == null ? waiter.get() : getWithin(stage, waiter, timeout);
    } catch (ExecutionException failed) {
      // The cause get() reports is already the original: a CompletionException there is one the
      // call threw itself.
      cause = failed.getCause() == null ? failed : failed.getCause();
    } catch (TimeoutException timedOut) {
      cause = timedOut;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      StageSupport.tryCancel(stage, true);
      throw new AsyncException(
          "interrupted while awaiting the stage; it was cancelled", interrupted);
    }
    if (checked != null && checked.isInstance(cause)) {
      throw checked.cast(cause);
    }
    throw AsyncException.propagate(cause);
  }

  private static <T> T getWithin(
      CompletionStage<T> stage, CompletableFuture<T> waiter, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      return waiter.get(Durations.toNanos(timeout), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      if (waiter == stage) {
        if (!waiter.cancel(true)) {
          return waiter.get(); // it settled as we gave up: its outcome stands
        }
      } else {
        StageSupport.tryCancel(stage, true);
      }
      throw new TimeoutException("await timed out after " + Durations.format(timeout));
    }
  }

  /**
   * What to block on: the stage itself if it is a {@link CompletableFuture} (of any subclass that
   * allows waiting), else a future that follows it. {@code minimalCompletionStage()} is a {@code
   * CompletableFuture} that refuses {@code get}; its {@code toCompletableFuture()} is a copy.
   */
  private static <T> CompletableFuture<T> waiter(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture();
    } catch (UnsupportedOperationException optional) {
      CompletableFuture<T> relay = new CompletableFuture<>();
      stage.whenComplete(
          (value, failure) -> {
            if (failure == null) {
              relay.complete(value);
            } else {
              relay.completeExceptionally(failure); // as the stage holds it: get() unwraps once
            }
          });
      return relay;
    }
  }
}
