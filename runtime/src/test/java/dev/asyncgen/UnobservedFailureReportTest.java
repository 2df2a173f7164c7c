package dev.asyncgen;

import static dev.asyncgen.UnobservedFailuresTest.awaitReports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The unobserved-failure report on a facade's futures: a failure nobody observed is logged once
 * when its future is collected; an observed one, a success or a cancellation never is.
 *
 * <p>Each test that expects no report drops a <em>witness</em> too, a failed future nobody
 * observes, and waits for the witness's report: the collection that reported it had the others
 * to collect as well.
 */
class UnobservedFailureReportTest {

  private static final Dispatcher DISPATCHER = Dispatcher.of(AsyncOptions.defaults());
  private static final Dispatcher DIRECT =
      Dispatcher.of(AsyncOptions.defaults().withExecutor(Runnable::run));

  @Test
  void aDroppedFailedFutureIsLoggedOnceWithItsMethodAndException() {
    IOException boom = new IOException("boom");
    try (LogRecords log = LogRecords.capture()) {
      fail(DIRECT, "Remote.dropped", boom);

      List<LogRecord> reports = awaitReports(log, "Remote.dropped");

      assertEquals(1, reports.size());
      assertSame(boom, reports.get(0).getThrown());
      assertEquals(java.util.logging.Level.WARNING, reports.get(0).getLevel());
      assertTrue(
          reports.get(0).getMessage().startsWith("Remote.dropped failed with java.io.IOException: boom,"),
          reports.get(0).getMessage());
      assertEquals("dev.asyncgen", reports.get(0).getLoggerName());
      UnobservedFailuresTest.collectGarbage();
      assertEquals(1, log.containing("Remote.dropped").size(), "logged once");
    }
  }

  @Test
  void aFailureOnAnotherThreadAndATimeoutAreReportedToo() throws InterruptedException {
    try (LogRecords log = LogRecords.capture()) {
      CountDownLatch failed = new CountDownLatch(1);
      DISPATCHER.call("Remote.pooled", () -> {
        failed.countDown();
        throw new IOException("on a pooled thread");
      });
      TestFutures.await(failed, "the call");
      Dispatcher impatient =
          Dispatcher.of(AsyncOptions.defaults().withTimeout(Duration.ofMillis(1)));
      impatient.call("Remote.slow", () -> {
        Thread.sleep(60_000);
        return "late";
      });
      awaitReports(log, "Remote.pooled");
      LogRecord timeout = awaitReports(log, "Remote.slow").get(0);
      assertEquals("Remote.slow timed out after 1ms", timeout.getThrown().getMessage());
    }
  }

  @Test
  void everyWayOfObservingTheFailureKeepsItOutOfTheLog() throws InterruptedException {
    List<Consumer<CompletableFuture<String>>> observers =
        List.of(
            f -> swallow(f::join),
            f -> swallow(f::get),
            f -> swallow(() -> f.get(1, java.util.concurrent.TimeUnit.SECONDS)),
            f -> swallow(() -> f.getNow("absent")),
            CompletableFuture::isCompletedExceptionally,
            f -> f.exceptionally(e -> "handled"),
            f -> f.whenComplete((v, e) -> {}),
            f -> f.thenApply(v -> v),
            f -> f.minimalCompletionStage(),
            f -> swallow(() -> Await.await(f)),
            f -> Gather.all(List.of(f)),
            f -> Gather.settled(List.of(f)),
            f -> Stages.map(f, v -> v),
            f -> {
              try (Scope scope = Scope.open()) {
                scope.fork(f);
                swallow(() -> {
                  scope.join();
                  return null;
                });
              }
            });
    try (LogRecords log = LogRecords.capture()) {
      for (int i = 0; i < observers.size(); i++) {
        observers.get(i).accept(fail(DIRECT, "Observed.after" + i, new IOException()));
      }
      // Observed before the failure: a dependent waits for it when it comes.
      CompletableFuture<String> pending = new CompletableFuture<>();
      DISPATCHER.call("Observed.before", () -> {
        throw new IOException(pending.join());
      }).exceptionally(e -> "handled");
      pending.complete("failing now");

      fail(DIRECT, "Witness.dropped", new IOException());
      awaitReports(log, "Witness.dropped");
      assertEquals(List.of(), log.messages("Observed."), "observed failures were reported");
    }
  }

  @Test
  void successesCancellationsAndCallsWithTheReportOffAreNeverLogged() {
    Dispatcher quiet =
        Dispatcher.of(
            AsyncOptions.defaults().withExecutor(Runnable::run).withoutUnobservedFailureReport());
    try (LogRecords log = LogRecords.capture()) {
      for (int i = 0; i < 1000; i++) {
        DIRECT.call("Quiet.success", () -> "fine");
      }
      Blocker.start("cancelled").future.cancel(true);
      fail(quiet, "Quiet.off", new IOException());
      fail(DIRECT, "Witness.dropped", new IOException());
      awaitReports(log, "Witness.dropped");
      assertEquals(List.of(), log.messages("Quiet."));
    }
  }

  @Test
  void aRetriedCallIsReportedOnceAsTheCallNotPerAttempt() {
    Dispatcher retrying =
        Dispatcher.of(AsyncOptions.defaults().withExecutor(Runnable::run).withRetry(RetryTest.FAST));
    try (LogRecords log = LogRecords.capture()) {
      fail(retrying, "Retried.dropped", new IOException("every attempt"));
      List<LogRecord> reports = awaitReports(log, "Retried.dropped");
      UnobservedFailuresTest.collectGarbage();
      assertEquals(1, log.containing("Retried.dropped").size(), "one report for four attempts");
      assertEquals("every attempt", reports.get(0).getThrown().getMessage());

      fail(retrying, "RetriedObserved.joined", new IOException()).exceptionally(e -> "seen");
      fail(DIRECT, "Witness.dropped", new IOException());
      awaitReports(log, "Witness.dropped");
      assertEquals(List.of(), log.messages("RetriedObserved."));
    }
  }

  @Test
  void allOfGivenAFailedFutureReadsItWithoutCallingItSoTheFailureIsStillReported() {
    // The documented limit: CompletableFuture.allOf reads a completed input's result directly.
    try (LogRecords log = LogRecords.capture()) {
      CompletableFuture<Void> all =
          CompletableFuture.allOf(fail(DIRECT, "AllOf.dropped", new IOException()));
      assertTrue(all.isCompletedExceptionally(), "allOf did see the failure");
      awaitReports(log, "AllOf.dropped");
    }
  }

  @Test
  void theOptionAndItsDefault() {
    assertTrue(AsyncOptions.defaults().reportsUnobservedFailures());
    AsyncOptions off = AsyncOptions.defaults().withoutUnobservedFailureReport();
    assertEquals(false, off.reportsUnobservedFailures());
    assertTrue(off.withUnobservedFailureReport().reportsUnobservedFailures());
    assertTrue(off.toString().endsWith("unobservedFailures=not reported}"), off.toString());
  }

  /** A call of {@code method} that fails with {@code failure}; its future, not observed. */
  private static CompletableFuture<String> fail(Dispatcher dispatcher, String method, Exception failure) {
    return dispatcher.call(method, () -> {
      throw failure;
    });
  }

  private interface Throwing {
    Object run() throws Exception;
  }

  private static void swallow(Throwing observation) {
    try {
      observation.run();
    } catch (Exception expected) {
      // the observation itself: the failure, as it surfaces there
    }
  }

  @Test
  void anExecutionExceptionIsWhatGetThrows() {
    CompletableFuture<String> failed = fail(DIRECT, "Seen.get", new IOException());
    try {
      failed.get();
    } catch (ExecutionException expected) {
      return;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("get() did not throw");
  }
}
