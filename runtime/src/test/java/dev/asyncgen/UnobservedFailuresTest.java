package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** {@link UnobservedFailures}: what is logged when a watched future is collected. */
class UnobservedFailuresTest {

  @Test
  void aWatchedObjectCollectedUnobservedIsLoggedOnceWithMethodAndException() {
    IOException boom = new IOException("boom");
    try (LogRecords log = LogRecords.capture()) {
      UnobservedFailures.watch(new Object(), "Watched.dropped", boom);

      List<LogRecord> reports = awaitReports(log, "Watched.dropped");

      LogRecord report = reports.get(0);
      assertEquals(Level.WARNING, report.getLevel());
      assertSame(boom, report.getThrown());
      assertEquals(UnobservedFailures.message("Watched.dropped", boom), report.getMessage());
      assertTrue(report.getMessage().startsWith("Watched.dropped failed with java.io.IOException: boom"));
      collectGarbage();
      assertEquals(1, log.containing("Watched.dropped").size(), "logged once");
    }
  }

  @Test
  void anObservedOneIsNotLogged() {
    try (LogRecords log = LogRecords.capture()) {
      UnobservedFailures.watch(new Object(), "Watched.observed", new IOException()).observed();
      Object witness = new Object();
      UnobservedFailures.watch(witness, "Watched.witness", new IOException());
      witness = null;
      awaitReports(log, "Watched.witness"); // collected and reported: the other was collected too
      assertEquals(List.of(), log.containing("Watched.observed"));
    }
  }

  /** Collects garbage until a report for {@code method} arrives, or fails after a while. */
  static List<LogRecord> awaitReports(LogRecords log, String method) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TestFutures.WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      collectGarbage();
      List<LogRecord> reports = log.containing(method + " failed");
      if (!reports.isEmpty()) {
        return reports;
      }
    }
    throw new AssertionError("no report for " + method + " within " + TestFutures.WAIT_SECONDS + "s");
  }

  static void collectGarbage() {
    System.gc();
    try {
      Thread.sleep(20); // the cleaner's thread runs the report
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
