package dev.asyncgen;

/**
 * Told of each facade call's start and end: the place for metrics, tracing or logging without a
 * dependency. An exception a listener throws is logged (logger {@code dev.asyncgen}) and never
 * changes the call's outcome.
 *
 * <p>Where each method runs:
 *
 * <ul>
 *   <li>{@link #onStart} on the thread that runs the blocking call, right before it;
 *   <li>{@link #onEnd} on the thread that settled the call's future, before anyone waiting on the
 *       future wakes: the thread that ran the call, when it returned or threw; the runtime's one
 *       timer thread, for a {@link CallEvent.Status#TIMEOUT TIMEOUT}; the thread that called
 *       {@code cancel} (or {@code complete}, {@code completeExceptionally}…), for a call settled
 *       from outside; the thread that handed the call to its executor, for a call refused there.
 * </ul>
 *
 * <p>Both run with the facade's {@linkplain AsyncOptions#withContext propagated contexts} in
 * place, whatever the thread, so a tracing or logging listener sees the caller's span or MDC
 * (unless capturing the context is what failed the call).
 *
 * <p>Both must return quickly and never block: {@code onEnd} holds up whoever waits on the future,
 * and on the timer thread it holds up every timeout in the JVM. Hand slow work (a remote metrics
 * push, say) to an executor of your own.
 */
public interface CallListener {

  /** The blocking call {@code method} (e.g. {@code "Downloader.download"}) is about to start. */
  default void onStart(String method) {}

  /**
   * The call's future has settled: the blocking call returned or threw, or the call was cancelled,
   * timed out or settled from outside, possibly before it ever started. Told once per call, also
   * for calls that never started (and so had no {@link #onStart}). With {@linkplain
   * AsyncOptions#withRetry retry}, told once per attempt, and {@link #onStart} too: every attempt
   * but the last ends {@link CallEvent.Status#RETRYING RETRYING}, the last with the call's outcome
   * ({@link CallEvent#attempt()} numbers them).
   */
  void onEnd(CallEvent event);
}
