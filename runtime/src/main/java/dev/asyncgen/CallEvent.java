package dev.asyncgen;

import java.time.Duration;

/**
 * How one facade call ended, as a {@link CallListener} sees it; with {@linkplain
 * AsyncOptions#withRetry retry}, how one attempt of it ended: every attempt but the last ends
 * {@link Status#RETRYING RETRYING}, the last with the call's outcome.
 *
 * @param method the interface and method, e.g. {@code "Downloader.download"}
 * @param status how it ended
 * @param duration from the facade call to the end, including time spent queued (and, with retry,
 *     the attempts and waits before this one)
 * @param failure the exception the future failed with, as {@code get()} reports it as the cause
 *     (with {@code RETRYING}, the attempt's); {@code null} on success
 * @param attempt which attempt this is, from 1; always 1 without retry
 */
public record CallEvent(
    String method, Status status, Duration duration, Throwable failure, int attempt) {

  /** The end of a call made once, without retry: attempt 1. */
  public CallEvent(String method, Status status, Duration duration, Throwable failure) {
    this(method, status, duration, failure, 1);
  }

  /** How a call ended. */
  public enum Status {
    /** The future completed with a value: the blocking call returned, or {@code complete} gave one. */
    SUCCESS,
    /**
     * The future failed: the blocking call threw, or could not be started (the executor or a full
     * bulkhead queue refused it, a context could not be captured), or {@code completeExceptionally}
     * failed it from outside.
     */
    FAILURE,
    /** The future was cancelled (or failed from outside with a {@code CancellationException}). */
    CANCELLED,
    /** The facade's timeout expired first. */
    TIMEOUT,
    /**
     * This attempt failed with an exception the {@link Retry} names, and another attempt follows;
     * the call has not ended.
     */
    RETRYING
  }
}
