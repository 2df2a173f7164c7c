package dev.asyncgen.it.reliability;

/**
 * Sizes of the load tests. The regular run is already large; {@code -Dasyncgen.long=true} (see
 * docs/RELIABILITY.md) multiplies the work for a soak before a release.
 */
final class LongRuns {

  static final boolean LONG = Boolean.getBoolean("asyncgen.long");

  private LongRuns() {}

  static int calls() {
    return LONG ? 10_000_000 : 1_000_000;
  }

  static int rounds() {
    return LONG ? 10 : 1;
  }
}
