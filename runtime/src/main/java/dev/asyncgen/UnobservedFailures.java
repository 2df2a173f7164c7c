package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.lang.ref.Cleaner;

/**
 * asyncio's "Task exception was never retrieved", for facade futures: a future that failed and is
 * garbage collected before anyone observed its outcome is logged once, with the method and the
 * exception (logger {@code dev.asyncgen}, level {@code WARNING}).
 *
 * <p>Only a failure pays for this: the future is registered with a {@link Cleaner} when it fails,
 * unless someone already waits on it, and the {@link Watch} is told when its outcome is observed.
 * A future that succeeds is never registered, and the cleaner's thread only starts with the first
 * failure.
 */
final class UnobservedFailures {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private UnobservedFailures() {}

  /**
   * Watches {@code future}, which has just failed with {@code failure}: if it becomes unreachable
   * before {@link Watch#observed()}, the failure is logged. The watch must be kept by the future
   * only, and must not reach it.
   */
  static Watch watch(Object future, String method, Throwable failure) {
    Watch watch = new Watch(method, failure);
    Holder.CLEANER.register(future, watch);
    return watch;
  }

  /** One failed future's report, run by the cleaner once the future is unreachable. */
  static final class Watch implements Runnable {
    private final String method;
    private final Throwable failure;
    private volatile boolean observed;

    private Watch(String method, Throwable failure) {
      this.method = method;
      this.failure = failure;
    }

    /** Someone saw the outcome: nothing to report. */
    void observed() {
      observed = true;
    }

    @Override
    public void run() {
      if (!observed) {
        LOG.log(Level.WARNING, message(method, failure), failure);
      }
    }
  }

  static String message(String method, Throwable failure) {
    return method + " failed with " + failure + ", and nothing observed the failure before its"
        + " future was garbage collected: no get, join, Await, Gather or dependent stage saw it."
        + " Handle the failures of calls you do not wait for, or turn this report off with"
        + " AsyncOptions.withoutUnobservedFailureReport()";
  }

  /** Lazy, so that a program whose calls never fail never starts the cleaner's thread. */
  private static final class Holder {
    static final Cleaner CLEANER =
        Cleaner.create(AsyncExecutors.daemonThreads("asyncgen-unobserved-failures-"));
  }
}
