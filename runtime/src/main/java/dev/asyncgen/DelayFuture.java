package dev.asyncgen;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;

/**
 * {@link Stages#delay}: completes with a value once a delay has passed, fired by the runtime's
 * timer thread; no thread waits for it. Settled from outside first (cancelled, completed), it takes
 * its entry off the timer's queue at once.
 */
final class DelayFuture<T> extends GatherFuture<T> {

  private final T value;

  /** Set once after scheduling; read by whoever settles this future from outside. */
  private volatile ScheduledFuture<?> timer;

  private DelayFuture(T value) {
    super(new CompletionStage<?>[0]); // no input: the timer is the work
    this.value = value;
  }

  static <T> DelayFuture<T> start(Duration delay, T value) {
    DelayFuture<T> delayed = new DelayFuture<>(value);
    delayed.timer = Timer.schedule(delayed::fire, delay);
    if (delayed.isDecided()) {
      delayed.stopTimer(); // settled from outside while we scheduled: it may have missed the timer
    }
    return delayed;
  }

  private void fire() {
    if (decide()) {
      succeed(value);
    }
  }

  private void stopTimer() {
    ScheduledFuture<?> scheduled = timer;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  @Override
  void settled(int index, Object value, Throwable failure) {
    throw new AssertionError("a delay has no inputs");
  }

  @Override
  void cancelInputs(boolean interrupt) {
    stopTimer();
  }
}
