package dev.asyncgen.sample;

import dev.asyncgen.Outcome;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link SampleRun} found, for {@link SampleApp} to print and for tests to check.
 *
 * @param oneByOne the files downloaded one by one
 * @param allAtOnce the same files downloaded all at once
 * @param stored the files as the repository lists them after storing the downloads
 * @param failed the batch with a missing file
 */
public record Report(Batch oneByOne, Batch allAtOnce, List<StoredFile> stored, FailedBatch failed) {

  /**
   * A batch of downloads that succeeded.
   *
   * @param files the names of the files, in the order asked for
   * @param contents their contents, in the same order
   * @param time how long the batch took
   * @param maxInFlight the most requests the server was serving at the same moment meanwhile
   */
  public record Batch(List<String> files, List<byte[]> contents, Duration time, int maxInFlight) {

    public long bytes() {
      return contents.stream().mapToLong(content -> content.length).sum();
    }
  }

  /**
   * A batch of downloads with a missing file, gathered twice.
   *
   * @param files the names of the files, in the order asked for
   * @param failure what the fail-fast gather failed with: the download's own exception
   * @param failedAfter how long until it failed
   * @param cancelled how many downloads still running it cancelled when it failed
   * @param settled how each download settled, from {@code Gather.settled}, in the order asked for
   */
  public record FailedBatch(
      List<String> files,
      Throwable failure,
      Duration failedAfter,
      int cancelled,
      List<Outcome<byte[]>> settled) {}

  /** How many times faster all at once was than one by one. */
  public double speedUp() {
    return (double) oneByOne.time().toNanos() / Math.max(1, allAtOnce.time().toNanos());
  }
}
