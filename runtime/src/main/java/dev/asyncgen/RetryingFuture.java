package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The future of a facade call with {@link AsyncOptions#withRetry retry}: it runs attempts, each a
 * {@link TaskFuture} of its own, until one succeeds, one fails with an exception the {@link Retry}
 * does not name, the attempts run out, or the call's timeout would pass before the next could
 * begin; then it settles as that attempt did.
 *
 * <p>Between attempts nothing runs and nothing is held: the next attempt's task waits as an entry
 * of the runtime's timer, made before the wait so that a call settled meanwhile still tells its
 * listeners how it ended (that attempt never started). The facade's timeout is this call's, over
 * every attempt and wait: when it passes, the attempt running is interrupted and the call fails
 * with the {@link TimeoutException}.
 *
 * <p>Settled from outside, in any way a {@code CompletableFuture} allows, it settles the current
 * attempt the same way (so {@code cancel(true)} interrupts it, and its listeners hear {@code
 * CANCELLED}), and no attempt follows.
 */
final class RetryingFuture<T> extends FacadeFuture<T> {

  private static final VarHandle DECISION =
      VarHandles.field(MethodHandles.lookup(), "decision", Consumer.class);

  /** The decision of the last attempt itself: it has settled, there is nothing to do to it. */
  private static final Consumer<TaskFuture<?>> SETTLED = attempt -> {};
  private static final VarHandle LABEL =
      VarHandles.field(MethodHandles.lookup(), "label", Object.class);

  private final Dispatcher.Attempts attempts;
  private final Retry retry;
  private final Duration timeout;
  private final long deadlineNanos;

  /**
   * {@code null} until a party decides the call's outcome, then what that party does to the
   * current attempt (cancel it, complete it, time it out): an attempt made after the decision gets
   * the same, so that its listeners hear the outcome the call had.
   */
  @SuppressWarnings("unused") // accessed through DECISION
  private volatile Consumer<? super TaskFuture<T>> decision;

  /** The attempt running, or waiting to begin; settled with this future. */
  private volatile TaskFuture<T> current;

  /** The wait before the next attempt; taken down when this future settles. */
  private volatile ScheduledFuture<?> pause;

  /** The call's timeout; taken down when this future settles. */
  private volatile ScheduledFuture<?> timer;

  /** Set once the timeout has expired, so that listeners can tell it from other failures. */
  private volatile TimeoutException timedOut;

  /** How long until the next attempt, decided as the last one failed; {@code null} for none. */
  private volatile Duration retryAfter;

  /** The method's name, for the unobserved-failure report; see {@link UnobservedFailures}. */
  @SuppressWarnings("unused") // accessed through LABEL
  private volatile Object label;

  private RetryingFuture(Dispatcher.Attempts attempts, Retry retry, Duration timeout, Object label) {
    this.attempts = attempts;
    this.retry = retry;
    this.timeout = timeout;
    this.deadlineNanos = timeout == null ? 0 : System.nanoTime() + Durations.toNanos(timeout);
    this.label = label;
  }

  /**
   * Starts a call whose attempts {@code attempts} makes and starts.
   *
   * @param label the method's name if an unobserved failure is to be reported, else {@code null}
   */
  static <T> RetryingFuture<T> start(
      Dispatcher.Attempts attempts, Retry retry, Duration timeout, String label) {
    RetryingFuture<T> call = new RetryingFuture<>(attempts, retry, timeout, label);
    if (timeout != null) {
      call.timer = Timer.schedule(call::expire, timeout);
    }
    call.launch(1, null);
    return call;
  }

  /** Makes attempt {@code n} and starts it, at once or after {@code delay}. */
  private void launch(int n, Duration delay) {
    TaskFuture<T> task = attempts.make(n, this);
    current = task;
    task.whenComplete((value, failure) -> attemptSettled(n, value, failure));
    if (delay == null) {
      attempts.start(task);
    } else {
      pause = Timer.schedule(() -> attempts.start(task), delay);
    }
    Consumer<? super TaskFuture<T>> decided = decision;
    if (decided != null) {
      // Settled from outside as we made it: the decider may have missed it.
      stopPause();
      decided.accept(task);
    }
  }

  /**
   * Attempt {@code attempt} failed with {@code failure}, the call's own exception: whether it is
   * tried again, and after how long. Asked by the attempt's hooks before its listeners are told.
   */
  Duration retryAfter(int attempt, Throwable failure) {
    Duration delay = null;
    if (!isDecided()
        && !(failure instanceof CancellationException)
        && failure != timedOut
        && retry.retries(attempt, failure)) {
      delay = retry.delayBefore(attempt + 1, ThreadLocalRandom.current()::nextDouble);
      if (timeout != null && System.nanoTime() + Durations.toNanos(delay) - deadlineNanos >= 0) {
        delay = null; // the next attempt could not begin before the timeout: no use waiting
      }
    }
    retryAfter = delay;
    return delay;
  }

  /** The timeout of this call, once it has expired; else {@code null}. */
  TimeoutException timedOut() {
    return timedOut;
  }

  private void attemptSettled(int n, T value, Throwable failure) {
    Duration delay = retryAfter;
    if (failure != null && delay != null) {
      retryAfter = null;
      launch(n + 1, delay);
      return;
    }
    if (!decide(SETTLED)) {
      return;
    }
    stopTimer();
    if (failure == null) {
      super.complete(value);
    } else {
      // As the attempt holds it, so that get() reports what it reported for the attempt.
      failWith(failure);
    }
  }

  private void expire() {
    TimeoutException expired =
        new TimeoutException(attempts.method() + " timed out after " + Durations.format(timeout));
    timedOut = expired;
    if (decide(attempt -> attempt.completeExceptionally(expired))) {
      stopAll();
      failWith(expired);
    }
  }

  /** Fails this future (its decider only), and watches the failure if nothing waits for it. */
  private void failWith(Throwable failure) {
    boolean unheard = getNumberOfDependents() == 0;
    super.completeExceptionally(failure);
    if (unheard && !(StageSupport.unwrap(failure) instanceof CancellationException)) {
      UnobservedFailures.failed(this, LABEL, StageSupport.unwrap(failure));
    }
  }

  /** Claims the right to settle the call; {@code settle} is what to do to its attempts. */
  private boolean decide(Consumer<? super TaskFuture<T>> settle) {
    return DECISION.compareAndSet(this, null, settle);
  }

  private boolean isDecided() {
    return decision != null;
  }

  /** The decider's: takes the timers down and settles the current attempt as it decided. */
  private void stopAll() {
    stopTimer();
    stopPause();
    TaskFuture<T> attempt = current;
    if (attempt != null) {
      decision.accept(attempt);
    }
  }

  private void stopTimer() {
    ScheduledFuture<?> scheduled = timer;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  private void stopPause() {
    ScheduledFuture<?> scheduled = pause;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    if (decide(attempt -> attempt.cancel(mayInterruptIfRunning))) {
      stopAll();
    }
    return super.cancel(mayInterruptIfRunning);
  }

  @Override
  public boolean complete(T value) {
    if (decide(attempt -> attempt.complete(value))) {
      stopAll();
      return super.complete(value);
    }
    return false;
  }

  @Override
  public boolean completeExceptionally(Throwable failure) {
    Objects.requireNonNull(failure, "failure"); // before deciding: a refusal must change nothing
    if (decide(attempt -> attempt.completeExceptionally(failure))) {
      stopAll();
      failWith(failure);
      return true;
    }
    return false;
  }

  @Override
  void failureObserved() {
    UnobservedFailures.observed(this, LABEL);
  }
}
