package dev.asyncgen;

import java.time.Duration;

/**
 * How one facade call ended, as a {@link CallListener} sees it.
 *
 * @param method the interface and method, e.g. {@code "Downloader.download"}
 * @param status how it ended
 * @param duration from the facade call to the end, including time spent queued
 * @param failure the exception the future failed with, as {@code get()} reports it as the cause;
 *     {@code null} on success
 */
public record CallEvent(String method, Status status, Duration duration, Throwable failure) {

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
    TIMEOUT
  }
}
