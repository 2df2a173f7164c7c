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
 */
public final class Dispatcher {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private final AsyncOptions options;
  private final Executor executor;
  private final Duration timeout;
  private final Bulkhead bulkhead;
  private final List<ContextPropagator<?>> propagators;
  private final List<CallListener> listeners;

  /** True when no option needs work around the call: the fast path. */
  private final boolean plain;

  private Dispatcher(AsyncOptions options) {
    this.options = options;
    this.executor = options.executor().orElseGet(AsyncExecutors::defaultExecutor);
    this.timeout = options.timeout().orElse(null);
    this.bulkhead = options.bulkhead().orElse(null);
    this.propagators = options.contexts();
    this.listeners = options.listeners();
    this.plain = timeout == null && bulkhead == null && propagators.isEmpty() && listeners.isEmpty();
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
   * completes as that stage does, and cancelling the future cancels the stage too. A {@code body}
   * that returns {@code null} instead of a stage (as Caffeine's {@code AsyncCache.getIfPresent}
   * does for a missing key) completes the future with {@code null}: what the caller of the sync
   * method gets, {@code null}, as the value.
   */
  public <T> CompletableFuture<T> callStage(
      String method, BlockingCall<? extends CompletionStage<? extends T>> body) {
    return submit(method, body, true);
  }

  private <T> CompletableFuture<T> submit(String method, BlockingCall<?> body, boolean relay) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    if (plain) {
      TaskFuture<T> task = new TaskFuture<>(body, relay, null);
      task.startOn(executor);
      return task;
    }
    Call call = new Call(method);
    Throwable captureFailure = null;
    try {
      call.captured = Contexts.capture(propagators);
    } catch (Throwable failure) {
      captureFailure = failure;
    }
    // The listeners' onStart inside the contexts: a tracing listener sees the caller's.
    TaskFuture<T> task =
        new TaskFuture<>(
            Contexts.around(propagators, call.captured, withListeners(method, body)),
            relay,
            call);
    if (captureFailure != null) {
      task.refuse(captureFailure);
      return task;
    }
    if (timeout != null) {
      call.startTimer(task);
    }
    if (bulkhead == null) {
      task.startOn(executor);
    } else {
      bulkhead.submit(method, task, executor);
    }
    return task;
  }

  /**
   * One call's bookkeeping beyond the task itself: its timer, its bulkhead slot, and telling
   * listeners its end.
   */
  private final class Call implements TaskFuture.Hooks {
    private final String method;
    private final long startNanos = System.nanoTime();
    private volatile ScheduledFuture<?> timer;
    private volatile boolean settled;
    private volatile TimeoutException timedOut;

    /** The caller's contexts, put in place around the call and around telling the listeners. */
    Object[] captured;

    Call(String method) {
      this.method = method;
    }

    void startTimer(TaskFuture<?> task) {
      timer =
          Timer.schedule(
              () -> {
                TimeoutException expired =
                    new TimeoutException(method + " timed out after " + Durations.format(timeout));
                timedOut = expired;
                task.completeExceptionally(expired);
              },
              timeout);
      if (settled) {
        timer.cancel(false); // settled before the timer was stored, so settled() missed it
      }
    }

    @Override
    public void settled(TaskFuture<?> task, Throwable failure) {
      settled = true; // before reading the timer; startTimer stores it before reading this
      ScheduledFuture<?> pending = timer;
      if (pending != null) {
        pending.cancel(false);
      }
      if (bulkhead != null && !task.started()) {
        bulkhead.withdraw(task); // settled while queued: leave the queue now
      }
      if (!listeners.isEmpty()) {
        tellListeners(failure);
      }
    }

    /** Tells the listeners how the call ended; {@code cause} is what {@code get()} reports. */
    private void tellListeners(Throwable cause) {
      CallEvent.Status status;
      if (cause == null) {
        status = CallEvent.Status.SUCCESS;
      } else if (cause instanceof java.util.concurrent.CancellationException) {
        status = CallEvent.Status.CANCELLED;
      } else if (cause == timedOut) {
        status = CallEvent.Status.TIMEOUT;
      } else {
        status = CallEvent.Status.FAILURE;
      }
      CallEvent event =
          new CallEvent(method, status, Duration.ofNanos(System.nanoTime() - startNanos), cause);
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
    public void ran() {
      if (bulkhead != null) {
        bulkhead.release();
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
