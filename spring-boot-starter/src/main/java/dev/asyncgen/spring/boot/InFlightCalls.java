package dev.asyncgen.spring.boot;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The facades' calls handed to an executor and not yet ended, so that closing the context awaits
 * them, or cancels them, as {@code asyncgen.shutdown.*} says, before the beans they use (a data
 * source, a client) are destroyed.
 *
 * <p>Every facade's executor is wrapped by {@link #track}. On stop (after the web server has
 * stopped taking requests, and before any bean is destroyed) it waits up to the configured period
 * for the calls in flight to end, while still accepting calls (a call queued at a concurrency limit
 * is handed over only when a slot frees up); then it cancels what is left, which interrupts the
 * running calls, and rejects every later call: its future fails with a {@link
 * RejectedExecutionException}, until the context is started again ({@code stop()} then {@code
 * start()}, as a pause or a CRaC checkpoint does).
 *
 * <p>Cancelling relies on the runtime handing the executor each call's future, which is a {@link
 * Future} as well as a {@link Runnable}.
 */
final class InFlightCalls implements SmartLifecycle {

  /** After the web server (whose graceful shutdown and stop have higher phases) has stopped. */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private static final Log LOG = LogFactory.getLog(InFlightCalls.class);

  private final Set<Runnable> calls = ConcurrentHashMap.newKeySet();
  private final boolean awaitTermination;
  private final Duration awaitTerminationPeriod;
  private volatile boolean running;
  private volatile boolean closed;

  InFlightCalls(AsyncgenProperties.Shutdown shutdown) {
    this.awaitTermination = shutdown.isAwaitTermination();
    this.awaitTerminationPeriod = shutdown.getAwaitTerminationPeriod();
  }

  /** {@code executor}, counting the calls it runs in flight until each has run. */
  Executor track(Executor executor) {
    return new Tracking(executor);
  }

  /** Calls handed to an executor and not yet ended. */
  int size() {
    return calls.size();
  }

  @Override
  public void start() {
    closed = false; // started again after a stop: context.stop() then start(), a CRaC restore
    running = true;
  }

  @Override
  public void stop() {
    if (awaitTermination && !calls.isEmpty()) {
      long deadline = System.nanoTime() + awaitTerminationPeriod.toNanos();
      LOG.info("Waiting up to " + awaitTerminationPeriod + " for " + calls.size() + " asyncgen calls in flight");
      try {
        while (!calls.isEmpty() && System.nanoTime() - deadline < 0) {
          Thread.sleep(10);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closed = true; // before the sweep: a call tracked after it sees this and is rejected
    int cancelled = 0;
    for (Runnable call : calls) {
      if (call instanceof Future<?> future && future.cancel(true)) {
        cancelled++;
      }
    }
    if (cancelled > 0) {
      LOG.info("Cancelled " + cancelled + " asyncgen calls still in flight at shutdown");
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private RejectedExecutionException closedException() {
    return new RejectedExecutionException(
        "asyncgen facades are shut down: the application context is closing");
  }

  /** Hands calls on to its executor, tracking each from hand-over to its end. */
  private final class Tracking implements Executor {
    private final Executor executor;

    Tracking(Executor executor) {
      this.executor = executor;
    }

    @Override
    public void execute(Runnable call) {
      if (closed) {
        throw closedException();
      }
      calls.add(call);
      if (closed) { // closed while adding: the sweep may have missed this call
        calls.remove(call);
        throw closedException();
      }
      try {
        executor.execute(
            () -> {
              try {
                call.run();
              } finally {
                calls.remove(call);
              }
            });
      } catch (RuntimeException | Error refused) {
        calls.remove(call);
        throw refused;
      }
    }

    @Override
    public String toString() {
      return executor.toString();
    }
  }
}
