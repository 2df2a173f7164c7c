package dev.asyncgen;

import java.time.Duration;

/**
 * Durations as the runtime takes them: saturated to what its timer can count, and written for
 * messages. Every timeout goes through here, so none can overflow.
 */
final class Durations {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;

  /** The longest delay the timer can count, about 292 years; longer ones never expire in practice. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private static final Duration SHORTEST = Duration.ofNanos(Long.MIN_VALUE);

  private Durations() {}

  /**
   * {@code duration} in nanoseconds, saturated: a longer one is {@link Long#MAX_VALUE} (about 292
   * years), a more negative one {@link Long#MIN_VALUE}, where {@link Duration#toNanos()} would
   * throw.
   */
  static long toNanos(Duration duration) {
    if (duration.compareTo(LONGEST) > 0) {
      return Long.MAX_VALUE;
    }
    if (duration.compareTo(SHORTEST) < 0) {
      return Long.MIN_VALUE;
    }
    return duration.toNanos();
  }

  /**
   * How a timeout message says that {@code timeout} passed: {@code "timed out after 5s"}; for a
   * timeout of zero or less, which was up before it began, {@code "timed out at once (timeout
   * -5ns)"}.
   */
  static String timedOut(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      return "timed out at once (timeout " + format(timeout) + ")";
    }
    return "timed out after " + format(timeout);
  }

  /** {@code duration} for a message: {@code "5s"}, {@code "150ms"}, {@code "500ns"}, {@code "0s"}. */
  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.compareTo(LONGEST) > 0 || duration.compareTo(SHORTEST) < 0) {
      return duration.getSeconds() + "s"; // fractions of a second do not matter at this length
    }
    long nanos = duration.toNanos();
    if (nanos % NANOS_PER_SECOND == 0) {
      return nanos / NANOS_PER_SECOND + "s";
    }
    if (nanos % NANOS_PER_MILLI == 0) {
      return nanos / NANOS_PER_MILLI + "ms";
    }
    return nanos + "ns";
  }
}
