package dev.asyncgen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * How a facade runs its calls: executor, timeout, concurrency limit, context propagation,
 * listeners, retry, and the report of failures nobody observed. Immutable: every {@code with}
 * method returns a changed copy, so a facade derived with {@code withOptions} never changes the
 * one it came from.
 *
 * <pre>{@code
 * DownloaderAsync downloads = DownloaderAsync.of(downloader, AsyncOptions.defaults()
 *     .withTimeout(Duration.ofSeconds(5))
 *     .withMaxConcurrency(8));
 * }</pre>
 *
 * <p>Its settings never change; what they name may be live. Like the {@link Executor} it names,
 * the concurrency limit is one live object, a {@link Bulkhead}, shared on purpose by every facade
 * built or derived from these options (options derived from these keep it, until {@link
 * #withMaxConcurrency} sets a new one), so that all of them together run at most {@link
 * #maxConcurrency()} calls at once. {@link #bulkhead()} hands it out for monitoring: its counts
 * change as calls run, its settings never do.
 *
 * <p>Timeouts set here must be positive: a timeout configured for every call that expired at once
 * would fail them all, so zero and negative ones are refused as the mistake they are. (A timeout
 * given for one wait, {@link Gather#withTimeout} and {@link Await#await(java.util.concurrent.CompletionStage,
 * Duration)}, may be zero or negative: that time is up already.) A timeout longer than the
 * runtime's timer can count, about 292 years, waits that long: in practice, for ever.
 */
public final class AsyncOptions {

  /** System property: {@code off} turns the unobserved-failure report off by default. */
  public static final String UNOBSERVED_FAILURES_PROPERTY = "asyncgen.unobservedFailures";

  private static final AsyncOptions DEFAULTS =
      new AsyncOptions(
          null,
          null,
          null,
          List.of(),
          List.of(),
          null,
          !"off".equalsIgnoreCase(System.getProperty(UNOBSERVED_FAILURES_PROPERTY)));

  private final Executor executor;
  private final Duration timeout;
  private final Bulkhead bulkhead;
  private final List<ContextPropagator<?>> propagators;
  private final List<CallListener> listeners;
  private final Retry retry;
  private final boolean reportsUnobservedFailures;

  private AsyncOptions(
      Executor executor,
      Duration timeout,
      Bulkhead bulkhead,
      List<ContextPropagator<?>> propagators,
      List<CallListener> listeners,
      Retry retry,
      boolean reportsUnobservedFailures) {
    this.executor = executor;
    this.timeout = timeout;
    this.bulkhead = bulkhead;
    this.propagators = propagators;
    this.listeners = listeners;
    this.retry = retry;
    this.reportsUnobservedFailures = reportsUnobservedFailures;
  }

  /** The {@linkplain AsyncExecutors#defaultExecutor() default executor}, and nothing else. */
  public static AsyncOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Runs the blocking calls on {@code executor}.
   *
   * <p>Every {@link Runnable} the runtime hands {@code executor} is a call's own future (for a call
   * with {@linkplain #withRetry retry}, the future of its current attempt), so it is a {@link
   * java.util.concurrent.Future} too. An executor, or a wrapper around one, may rely on that: {@code
   * cancel(true)} on such a runnable cancels the call as it would on the future the caller holds
   * (the call is interrupted, or never starts, and its listeners hear {@code CANCELLED}; an attempt
   * cancelled is never retried). Do so with the tasks {@code ExecutorService.shutdownNow()} returns:
   * left alone, their calls never run and their futures never settle.
   */
  public AsyncOptions withExecutor(Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /**
   * Fails each call's future with a {@link java.util.concurrent.TimeoutException} once {@code
   * timeout} has passed since the facade call (time queued included), and interrupts the blocking
   * call.
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative; use {@link
   *     #withoutTimeout()} for no timeout
   */
  public AsyncOptions withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "timeout must be positive, was " + timeout + "; withoutTimeout() lets calls run as long"
              + " as they take");
    }
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /** Lets calls run as long as they take. */
  public AsyncOptions withoutTimeout() {
    return new AsyncOptions(
        executor, null, bulkhead, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /**
   * Runs at most {@code maxConcurrency} blocking calls at once (a bulkhead), counted over every
   * facade built or derived from the returned options; further calls wait in a FIFO queue without
   * blocking their caller, and leave it when cancelled or timed out. A call of a method that
   * returns a {@code CompletionStage} counts until that stage has settled, not only while the
   * method runs. A call's slot is free again before its future completes, also when the executor
   * refused it or it was settled from outside before it ran; a call settled from outside while
   * running (or while the stage it returned is pending) gives it back once it has stopped. The
   * next queued call is started by the thread that frees the slot. The queue has no bound: see
   * {@link #withMaxConcurrency(int, int)} to shed load instead.
   *
   * @throws IllegalArgumentException if {@code maxConcurrency < 1}
   */
  public AsyncOptions withMaxConcurrency(int maxConcurrency) {
    return withMaxConcurrency(maxConcurrency, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #withMaxConcurrency(int)}, but at most {@code maxWaiting} calls wait; a call that
   * finds the queue full fails at once with a {@link
   * java.util.concurrent.RejectedExecutionException}, so that an overloaded service sheds load
   * rather than piling it up in memory.
   *
   * @throws IllegalArgumentException if {@code maxConcurrency < 1} or {@code maxWaiting < 0}
   */
  public AsyncOptions withMaxConcurrency(int maxConcurrency, int maxWaiting) {
    Bulkhead limit = new Bulkhead(maxConcurrency, maxWaiting);
    return new AsyncOptions(
        executor, timeout, limit, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /** Lifts the concurrency limit. */
  public AsyncOptions withoutMaxConcurrency() {
    return new AsyncOptions(
        executor, timeout, null, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /** Adds a context to carry from the caller's thread to the blocking call's. */
  public AsyncOptions withContext(ContextPropagator<?> propagator) {
    Objects.requireNonNull(propagator, "propagator");
    return new AsyncOptions(
        executor, timeout, bulkhead, append(propagators, propagator), listeners, retry, reportsUnobservedFailures);
  }

  /** Adds a listener told of every call's start and end. */
  public AsyncOptions withListener(CallListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, append(listeners, listener), retry, reportsUnobservedFailures);
  }

  /**
   * Tries a call again when it fails with an exception {@code retry} names, after a wait that
   * grows, up to its maximum of attempts; see {@link Retry}. The {@linkplain #withTimeout timeout}
   * is the whole call's: every attempt and every wait counts, and a retry that could not begin
   * before it passes is not waited for (the call fails with the last attempt's failure).
   * Cancelling the call's future during a wait ends the call, and no attempt follows; during an
   * attempt, it interrupts that attempt. Each attempt takes a {@linkplain #withMaxConcurrency
   * concurrency} slot of its own; a wait holds none, and no thread. Listeners hear of every
   * attempt: see {@link CallEvent}.
   */
  public AsyncOptions withRetry(Retry retry) {
    Objects.requireNonNull(retry, "retry");
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, retry, reportsUnobservedFailures);
  }

  /** Makes every call once. */
  public AsyncOptions withoutRetry() {
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, null, reportsUnobservedFailures);
  }

  /**
   * Stops logging the failures of calls whose futures are garbage collected without anyone having
   * observed them (asyncio's "Task exception was never retrieved"). The report is on by default
   * (unless the system property {@value #UNOBSERVED_FAILURES_PROPERTY} is {@code off}): a failed
   * future that nothing called {@code get}, {@code join} or {@code Await} on, gave to {@link
   * Gather} or chained a stage to is logged once, at {@code WARNING}, on logger {@code
   * dev.asyncgen}, with the method's name and the exception. It costs a call that succeeds
   * nothing.
   */
  public AsyncOptions withoutUnobservedFailureReport() {
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, retry, false);
  }

  /** Reports the failures nobody observed: see {@link #withoutUnobservedFailureReport()}. */
  public AsyncOptions withUnobservedFailureReport() {
    return new AsyncOptions(
        executor, timeout, bulkhead, propagators, listeners, retry, true);
  }

  /** The executor, or empty for the default one. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * The timeout of every call, as given to {@link #withTimeout} (always positive), or empty if
   * calls run as long as they take ({@link #withoutTimeout()}, the default). It counts from the
   * facade call, time queued for a {@linkplain #withMaxConcurrency concurrency} slot included; with
   * {@linkplain #withRetry retry} it is the whole call's, every attempt and wait included.
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The most blocking calls that run at once, if limited: {@link Bulkhead#maxConcurrency()}. */
  public OptionalInt maxConcurrency() {
    return bulkhead == null ? OptionalInt.empty() : OptionalInt.of(bulkhead.maxConcurrency());
  }

  /**
   * The live concurrency limit these options share with every facade built or derived from them,
   * if any: for a gauge of its {@linkplain Bulkhead#running() running} and {@linkplain
   * Bulkhead#waiting() waiting} calls.
   */
  public Optional<Bulkhead> bulkhead() {
    return Optional.ofNullable(bulkhead);
  }

  /** The contexts carried to the blocking call, in the order they were added. */
  public List<ContextPropagator<?>> contexts() {
    return propagators;
  }

  /** The listeners, in the order they were added. */
  public List<CallListener> listeners() {
    return listeners;
  }

  /** How failed calls are tried again, if they are. */
  public Optional<Retry> retry() {
    return Optional.ofNullable(retry);
  }

  /** Whether a failure nobody observed is logged when its future is garbage collected. */
  public boolean reportsUnobservedFailures() {
    return reportsUnobservedFailures;
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return List.copyOf(longer);
  }

  @Override
  public String toString() {
    return "AsyncOptions{executor=" + (executor == null ? "default" : executor)
        + ", timeout=" + (timeout == null ? "none" : timeout)
        + ", maxConcurrency=" + (bulkhead == null ? "none" : bulkhead.maxConcurrency())
        + ", contexts=" + propagators.size()
        + ", listeners=" + listeners.size()
        + ", retry=" + (retry == null ? "none" : retry)
        + ", unobservedFailures=" + (reportsUnobservedFailures ? "reported" : "not reported") + "}";
  }
}
