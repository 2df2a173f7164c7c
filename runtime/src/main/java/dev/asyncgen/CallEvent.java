package dev.asyncgen;

import java.time.Duration;

/**
 * How one facade call ended, as a {@link CallListener} sees it.
 *
 * @param method the interface and method, e.g. {@code "Downloader.download"}
 * @param status how it ended
 * @param duration from the facade call to the end, including time spent queued
 * @param failure the exception the future failed with; {@code null} on success
 */
public record CallEvent(String method, Status status, Duration duration, Throwable failure) {

  /** How a call ended. */
  public enum Status {
    /** The blocking call returned. */
    SUCCESS,
    /** The blocking call threw, or could not be started (e.g. the executor rejected it). */
    FAILURE,
    /** The future was cancelled. */
    CANCELLED,
    /** The facade's timeout expired first. */
    TIMEOUT
  }
}
