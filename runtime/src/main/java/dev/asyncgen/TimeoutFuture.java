package dev.asyncgen;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/** {@link Gather#withTimeout}: the input's outcome, or a {@link TimeoutException} first. */
final class TimeoutFuture<T> extends GatherFuture<T> {

  private final Duration timeout;

  /** Set once after scheduling; read by whoever settles this future, to take the timer down. */
  private volatile ScheduledFuture<?> timer;

  private TimeoutFuture(CompletionStage<? extends T> input, Duration timeout) {
    super(new CompletionStage<?>[] {input});
    this.timeout = timeout;
  }

  static <T> TimeoutFuture<T> start(CompletionStage<? extends T> input, Duration timeout) {
    TimeoutFuture<T> timed = new TimeoutFuture<>(input, timeout);
    timed.listen(0);
    if (!timed.isDone()) {
      timed.timer = Timer.schedule(timed::expire, timeout);
      if (timed.isDone()) {
        timed.stopTimer(); // settled while we scheduled: it may have missed the timer
      }
    }
    return timed;
  }

  @Override
  @SuppressWarnings("unchecked") // the input is a stage of T
  void settled(int index, Object value, Throwable failure) {
    if (decide()) {
      stopTimer();
      if (failure == null) {
        succeed((T) value);
      } else {
        failWith(StageSupport.unwrap(failure));
      }
    }
  }

  private void expire() {
    if (decide()) {
      cancelInputs(true);
      failWith(new TimeoutException("timed out after " + Durations.format(timeout)));
    }
  }

  @Override
  void cancelInputs(boolean interrupt) {
    stopTimer();
    super.cancelInputs(interrupt);
  }

  private void stopTimer() {
    ScheduledFuture<?> scheduled = timer;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }
}
