package dev.asyncgen;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** One daemon thread that fires every timeout in the runtime. */
final class Timer {

  private Timer() {}

  /**
   * Runs {@code action} on the timer thread after {@code delay}, which may be of any length: one
   * longer than the timer can count (about 292 years) waits that long, in practice for ever. Cancel
   * the returned future once the action is not needed: it then leaves the timer's queue at once.
   */
  static ScheduledFuture<?> schedule(Runnable action, Duration delay) {
    return Holder.TIMER.schedule(action, Durations.toNanos(delay), TimeUnit.NANOSECONDS);
  }

  private static final class Holder {
    static final ScheduledThreadPoolExecutor TIMER = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(1, AsyncExecutors.daemonThreads("asyncgen-timer-"));
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
