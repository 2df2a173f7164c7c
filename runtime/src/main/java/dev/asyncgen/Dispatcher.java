package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/**
 * Runs the blocking calls of one facade as its {@link AsyncOptions} say. Generated facades
 * delegate every method to it; it also serves hand-written code that wants the same semantics
 * without a generated interface:
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
 * CompletableFuture<String> body = dispatcher.call("fetch", () -> http.fetch(url));
 * }</pre>
 *
 * <p>Every call returns at once with a future that completes with the call's result or fails with
 * its own exception as the cause. Settling the future from outside, in any of the ways a {@code
 * CompletableFuture} allows ({@code cancel(true)}, {@code complete}, {@code completeExceptionally},
 * {@code completeAsync}, {@code obtrude…}, {@code orTimeout}…), or the call's own timeout,
 * interrupts the running call; a call settled before it starts never starts, and leaves the
 * bulkhead's queue at once. Only {@code cancel(false)} lets a running call finish (its result is
 * dropped). An executor that refuses the call fails the future; nothing is thrown at the call site.
 *
 * <p>What it hands the executor is the call's future itself (an attempt's, with retry), a {@link
 * Runnable} and a {@link java.util.concurrent.Future} at once: cancelling that runnable cancels the
 * call. See {@link AsyncOptions#withExecutor}.
 */
public final class Dispatcher {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private final AsyncOptions options;
  private final Executor executor;
  private final Duration timeout;
  private final Bulkhead bulkhead;
  private final List<ContextPropagator<?>> propagators;
  private final List<CallListener> listeners;
  private final Retry retry;
  private final boolean reportsUnobservedFailures;

  /** True when no option needs work around the call: the fast path. */
  private final boolean plain;

  private Dispatcher(AsyncOptions options) {
    this.options = options;
    this.executor = options.executor().orElseGet(AsyncExecutors::defaultExecutor);
    this.timeout = options.timeout().orElse(null);
    this.bulkhead = options.bulkhead().orElse(null);
    this.propagators = options.contexts();
    this.listeners = options.listeners();
    this.retry = options.retry().orElse(null);
    this.reportsUnobservedFailures = options.reportsUnobservedFailures();
    this.plain =
        timeout == null
            && bulkhead == null
            && propagators.isEmpty()
            && listeners.isEmpty()
            && retry == null;
  }

  public static Dispatcher of(AsyncOptions options) {
    return new Dispatcher(Objects.requireNonNull(options, "options"));
  }

  public AsyncOptions options() {
    return options;
  }

  /**
   * Runs {@code body} on the executor.
   *
   * @param method names the call in timeouts and listener events, e.g. {@code "Downloader.download"}
   */
  public <T> CompletableFuture<T> call(String method, BlockingCall<? extends T> body) {
    return submit(method, body, false);
  }

  /** Runs {@code body}, which returns nothing, on the executor. */
  public CompletableFuture<Void> run(String method, BlockingRunnable body) {
    Objects.requireNonNull(body, "body");
    return submit(
        method,
        () -> {
          body.run();
          return null;
        },
        false);
  }

  /**
   * Runs {@code body}, which itself returns a {@link CompletionStage}, on the executor; the future
   * completes as that stage does, and cancelling the future cancels the stage too (with the same
   * {@code mayInterruptIfRunning}). With a {@linkplain AsyncOptions#withMaxConcurrency concurrency
   * limit}, the call holds its slot until the stage has settled. A {@code body} that returns {@code
   * null} instead of a stage (as Caffeine's {@code AsyncCache.getIfPresent} does for a missing key)
   * completes the future with {@code null}: what the caller of the sync method gets, {@code null},
   * as the value.
   */
  public <T> CompletableFuture<T> callStage(
      String method, BlockingCall<? extends CompletionStage<? extends T>> body) {
    return submit(method, body, true);
  }

  private <T> CompletableFuture<T> submit(String method, BlockingCall<?> body, boolean relay) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    String label = reportsUnobservedFailures ? method : null;
    if (plain) {
      TaskFuture<T> task = new TaskFuture<>(label, body, relay, null);
      task.startOn(executor);
      return task;
    }
    long startNanos = System.nanoTime();
    Object[] captured = null;
    Throwable captureFailure = null;
    try {
      captured = Contexts.capture(propagators);
    } catch (Throwable failure) {
      captureFailure = failure;
    }
    // The listeners' onStart inside the contexts: a tracing listener sees the caller's.
    BlockingCall<?> within = Contexts.around(propagators, captured, withListeners(method, body));
    if (retry != null && captureFailure == null) {
      Attempts attempts = new Attempts(method, startNanos, captured, within, relay);
      return RetryingFuture.start(attempts, retry, timeout, label);
    }
    Call call = new Call(method, startNanos, captured, 1, null);
    TaskFuture<T> task = new TaskFuture<>(label, within, relay, call);
    if (captureFailure != null) {
      task.refuse(captureFailure);
      return task;
    }
    if (timeout != null) {
      call.startTimer(task);
    }
    start(method, task);
    return task;
  }

  /** Hands {@code task} to the bulkhead, which starts it when a slot is free, or to the executor. */
  private void start(String method, TaskFuture<?> task) {
    if (bulkhead == null) {
      task.startOn(executor);
    } else {
      bulkhead.submit(method, task, executor);
    }
  }

  /**
   * The attempts of one call with retry, for its {@link RetryingFuture}: each a task of its own,
   * with the call's body, contexts and start time, and hooks that tell the listeners which attempt
   * ended how.
   */
  final class Attempts {
    private final String method;
    private final long startNanos;
    private final Object[] captured;
    private final BlockingCall<?> body;
    private final boolean relay;

    private Attempts(
        String method, long startNanos, Object[] captured, BlockingCall<?> body, boolean relay) {
      this.method = method;
      this.startNanos = startNanos;
      this.captured = captured;
      this.body = body;
      this.relay = relay;
    }

    String method() {
      return method;
    }

    /** Attempt {@code attempt} of {@code call}, not started. */
    <T> TaskFuture<T> make(int attempt, RetryingFuture<T> call) {
      return new TaskFuture<>(body, relay, new Call(method, startNanos, captured, attempt, call));
    }

    /** Starts an attempt, through the bulkhead if there is one: each attempt takes a slot. */
    void start(TaskFuture<?> task) {
      Dispatcher.this.start(method, task);
    }
  }

  /**
   * The bookkeeping of one attempt of a call (the only one, without retry) beyond the task itself:
   * the call's timer unless a {@link RetryingFuture} keeps it, the bulkhead slot, and telling
   * listeners how the attempt ended.
   */
  private final class Call extends TaskHooks {
    private final String method;
    private final long startNanos;
    private final int attempt;

    /** The call this is an attempt of, which decides on retries; {@code null} without retry. */
    private final RetryingFuture<?> retrying;

    private volatile ScheduledFuture<?> timer;
    private volatile TimeoutException timedOut;

    /** The caller's contexts, put in place around the call and around telling the listeners. */
    private final Object[] captured;

    Call(
        String method,
        long startNanos,
        Object[] captured,
        int attempt,
        RetryingFuture<?> retrying) {
      this.method = method;
      this.startNanos = startNanos;
      this.captured = captured;
      this.attempt = attempt;
      this.retrying = retrying;
    }

    void startTimer(TaskFuture<?> task) {
      timer =
          Timer.schedule(
              () -> {
                TimeoutException expired =
                    new TimeoutException(method + " " + Durations.timedOut(timeout));
                timedOut = expired;
                task.completeExceptionally(expired);
              },
              timeout);
      if (claimed()) {
        timer.cancel(false); // settled before the timer was stored, so settled() missed it
      }
    }

    @Override
    void settled(TaskFuture<?> task, Throwable failure) {
      // Claimed before this runs, and before the timer is read; startTimer stores it first.
      ScheduledFuture<?> pending = timer;
      if (pending != null) {
        pending.cancel(false);
      }
      if (bulkhead != null && !task.started()) {
        bulkhead.settledBeforeStart(task); // leave the queue, or give back the slot, now
      }
      boolean again =
          failure != null && retrying != null && retrying.retryAfter(attempt, failure) != null;
      if (!listeners.isEmpty()) {
        tellListeners(failure, again);
      }
    }

    /**
     * Tells the listeners how the attempt ended; {@code cause} is what {@code get()} reports, and
     * {@code again} whether another attempt follows.
     */
    private void tellListeners(Throwable cause, boolean again) {
      TimeoutException expired = retrying == null ? timedOut : retrying.timedOut();
      CallEvent.Status status;
      if (cause == null) {
        status = CallEvent.Status.SUCCESS;
      } else if (again) {
        status = CallEvent.Status.RETRYING;
      } else if (cause instanceof java.util.concurrent.CancellationException) {
        status = CallEvent.Status.CANCELLED;
      } else if (cause == expired) {
        status = CallEvent.Status.TIMEOUT;
      } else {
        status = CallEvent.Status.FAILURE;
      }
      CallEvent event =
          new CallEvent(
              method, status, Duration.ofNanos(System.nanoTime() - startNanos), cause, attempt);
      Contexts.runWithin(
          propagators,
          captured,
          () -> {
            for (CallListener listener : listeners) {
              try {
                listener.onEnd(event);
              } catch (Throwable listenerFailure) {
                LOG.log(Level.WARNING, "CallListener.onEnd failed for " + method, listenerFailure);
              }
            }
          });
    }

    @Override
    void ended() {
      if (bulkhead != null) {
        bulkhead.ended(this);
      }
    }

    @Override
    void ran() {
      if (bulkhead != null) {
        bulkhead.ran(this);
      }
    }
  }

  private BlockingCall<?> withListeners(String method, BlockingCall<?> body) {
    if (listeners.isEmpty()) {
      return body;
    }
    return () -> {
      for (CallListener listener : listeners) {
        try {
          listener.onStart(method);
        } catch (Throwable failure) {
          LOG.log(Level.WARNING, "CallListener.onStart failed for " + method, failure);
        }
      }
      return body.call();
    };
  }
}
