package dev.asyncgen;

/**
 * Told of each facade call's start and end: the place for metrics, tracing or logging without a
 * dependency. Both methods run on the thread that does the work, so keep them short; an exception
 * they throw is logged (logger {@code dev.asyncgen}) and never changes the call's outcome.
 */
public interface CallListener {

  /** The blocking call {@code method} (e.g. {@code "Downloader.download"}) is about to start. */
  default void onStart(String method) {}

  /**
   * The call's future has settled: the blocking call returned or threw, or the call was cancelled
   * or timed out, possibly before it ever started.
   */
  void onEnd(CallEvent event);
}
