package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.lang.invoke.VarHandle;
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
 *
 * <p>A {@link FacadeFuture} keeps what the report needs in one field of its own, its <em>label</em>,
 * which takes these values, in this order: the method's name while it may still be reported
 * ({@code null} if reports are off); then, once it has failed unobserved, its {@link Watch}; or
 * {@link #OBSERVED} if its failure was seen before a watch was set. Both transitions are
 * compare-and-sets, so an observer racing the failure is never lost.
 */
final class UnobservedFailures {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  /** A label's value once the failure was observed before any watch was set. */
  static final Object OBSERVED = new Object() {
    @Override
    public String toString() {
      return "observed";
    }
  };

  private UnobservedFailures() {}

  /**
   * {@code future}, whose label {@code label} holds, has just failed with {@code failure}, and had
   * no dependent to hand the failure to: it is watched, unless reports are off for it or someone
   * observed the failure already.
   */
  static void failed(Object future, VarHandle label, Throwable failure) {
    if (label.getAcquire(future) instanceof String method) {
      Watch watch = new Watch(method, failure);
      if (label.compareAndSet(future, method, watch)) {
        Holder.CLEANER.register(future, watch);
      }
    }
  }

  /** Someone observed the failure of {@code future}, whose label {@code label} holds. */
  static void observed(Object future, VarHandle label) {
    Object current = label.getAcquire(future);
    while (current instanceof String) {
      Object witness = label.compareAndExchange(future, current, OBSERVED);
      if (witness == current) {
        return; // before any watch: the failure, when it comes to be watched, is not
      }
      current = witness;
    }
    if (current instanceof Watch watch) {
      watch.observed();
    }
  }

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
