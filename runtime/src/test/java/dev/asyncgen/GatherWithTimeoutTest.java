package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GatherWithTimeoutTest {

  private static final Duration LONG = Duration.ofMinutes(10);

  @Test
  void aValueInTimeIsPassedOnAndTheInputIsLeftAlone() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> timed = Gather.withTimeout(input, LONG);
    assertNotSame(input, timed);
    assertFalse(timed.isDone());

    input.complete("v");

    assertEquals("v", value(timed));
    assertEquals("v", input.join());
  }

  @Test
  void aFailureInTimeIsPassedOnUnwrapped() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> timed = Gather.withTimeout(source.thenApply(s -> s), LONG);
    IOException boom = new IOException("boom");

    source.completeExceptionally(boom);

    assertSame(boom, failure(timed));
  }

  @Test
  void onTimeoutItFailsWithTimeoutExceptionNamingTheDurationAndInterruptsTheWork() {
    Blocker<String> blocker = Blocker.started("never");

    CompletableFuture<String> timed = Gather.withTimeout(blocker.future, Duration.ofMillis(50));

    TimeoutException timeout = failure(timed, TimeoutException.class);
    assertTrue(timeout.getMessage().contains("50ms"), timeout.getMessage());
    blocker.assertInterrupted();
    // Cancelled, not mutated the way orTimeout would: the input never holds our TimeoutException.
    assertInstanceOf(CancellationException.class, failure(blocker.future));
  }

  @Test
  void theTimeoutCompletesTheFutureOnTheTimerThread() {
    for (int attempt = 0; attempt < 10; attempt++) {
      CompletableFuture<String> timed =
          Gather.withTimeout(new CompletableFuture<String>(), Duration.ofMillis(200));
      AtomicReference<String> thread = new AtomicReference<>();
      CompletableFuture<Void> seen =
          timed.handle((v, f) -> null).thenRun(() -> thread.set(Thread.currentThread().getName()));
      if (seen.isDone()) {
        continue; // this thread stalled past the timeout, so ran the dependent itself: try again
      }
      value(seen);
      assertTrue(thread.get().startsWith("asyncgen-timer-"), thread.get());
      return;
    }
    throw new AssertionError("never registered a dependent before the timeout expired");
  }

  @Test
  void aValueOrFailureArrivingAfterTheTimeoutNeverReplacesIt() {
    // minimalCompletionStage() cannot be cancelled, so these really settle after the timeout.
    CompletableFuture<String> valueSource = new CompletableFuture<>();
    CompletableFuture<String> failureSource = new CompletableFuture<>();
    CompletableFuture<String> late =
        Gather.withTimeout(valueSource.minimalCompletionStage(), Duration.ofMillis(10));
    CompletableFuture<String> lateFailure =
        Gather.withTimeout(failureSource.minimalCompletionStage(), Duration.ofMillis(10));
    TimeoutException first = failure(late, TimeoutException.class);
    TimeoutException firstOfFailure = failure(lateFailure, TimeoutException.class);

    valueSource.complete("late");
    failureSource.completeExceptionally(new IOException("late"));

    assertSame(first, failure(late));
    assertSame(firstOfFailure, failure(lateFailure));
  }

  @Test
  void anInputSettledAlreadySettlesTheResultAtOnce() {
    CompletableFuture<String> timed =
        Gather.withTimeout(CompletableFuture.completedFuture("v"), Duration.ZERO);
    assertTrue(timed.isDone());
    assertEquals("v", timed.join());

    IOException boom = new IOException("boom");
    assertSame(boom, failure(Gather.withTimeout(CompletableFuture.failedFuture(boom), LONG)));
  }

  @Test
  void aZeroOrNegativeTimeoutHasExpiredWhenItReturns() {
    Map<Duration, String> written =
        Map.of(Duration.ZERO, "0s", Duration.ofNanos(-5), "-5ns", Duration.ofSeconds(-1), "-1s");
    for (Duration up : written.keySet()) {
      CompletableFuture<String> input = new CompletableFuture<>();

      CompletableFuture<String> timed = Gather.withTimeout(input, up);

      assertTrue(timed.isCompletedExceptionally(), up + ": failed before it returned");
      assertTrue(input.isCancelled(), up + ": the input cancelled before it returned");
      assertEquals("timed out at once (timeout " + written.get(up) + ")", failure(timed).getMessage());
    }
  }

  @Test
  void aZeroOrNegativeTimeoutExpiresAtOnce() {
    CompletableFuture<String> input = new CompletableFuture<>();
    assertInstanceOf(TimeoutException.class, failure(Gather.withTimeout(input, Duration.ZERO)));
    assertTrue(input.isCancelled());
    assertInstanceOf(
        TimeoutException.class,
        failure(Gather.withTimeout(new CompletableFuture<String>(), Duration.ofSeconds(-1))));
  }

  @Test
  void aHugeTimeoutIsAccepted() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> timed = Gather.withTimeout(input, Duration.ofSeconds(Long.MAX_VALUE));
    input.complete("v");
    assertEquals("v", value(timed));
  }

  @Test
  void cancellingTheResultCancelsTheInputAndInterruptsTheWork() {
    Blocker<String> blocker = Blocker.started("never");
    CompletableFuture<String> timed = Gather.withTimeout(blocker.future, LONG);

    assertTrue(timed.cancel(true));

    blocker.assertInterrupted();
    assertTrue(blocker.future.isCancelled());
    assertTrue(timed.isCancelled());
  }

  @Test
  void completingTheResultFromOutsideCancelsTheInput() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> timed = Gather.withTimeout(input, LONG);

    timed.complete("fallback");

    assertEquals("fallback", timed.join());
    assertTrue(input.isCancelled());
  }

  @Test
  void theTimerEntryIsRemovedOnceTheResultSettles() throws Exception {
    ScheduledThreadPoolExecutor timer = timer();
    int before = timer.getQueue().size();
    List<CompletableFuture<String>> inputs = new ArrayList<>();
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      CompletableFuture<String> input = new CompletableFuture<>();
      inputs.add(input);
      results.add(Gather.withTimeout(input, LONG));
    }
    Gather.withTimeout(CompletableFuture.completedFuture("done"), LONG); // needs no timer at all
    assertTrue(timer.getQueue().size() >= 1_000, "each pending result has a timer entry");

    for (int i = 0; i < 1_000; i++) {
      if (i % 3 == 0) {
        inputs.get(i).complete("v");
      } else if (i % 3 == 1) {
        inputs.get(i).completeExceptionally(new IOException("boom"));
      } else {
        results.get(i).cancel(true);
      }
    }

    assertTrue(
        timer.getQueue().size() <= before,
        "timer entries left: " + (timer.getQueue().size() - before));
  }

  @Test
  void completionRacingTheTimeoutAlwaysEndsConsistently() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 2_000; round++) {
        CompletableFuture<Integer> input = new CompletableFuture<>();
        int value = round;
        Duration timeout = Duration.ofNanos((round % 20) * 5_000L);
        CompletableFuture<Integer> timed =
            TestFutures.race(
                completer,
                () -> input.complete(value),
                () -> Gather.withTimeout(input, timeout));
        Throwable failure = value(timed.handle((v, f) -> f));

        if (failure == null) {
          assertEquals(value, timed.join(), "round " + round);
          assertFalse(input.isCancelled(), "round " + round);
        } else {
          assertInstanceOf(TimeoutException.class, failure, "round " + round);
          assertTrue(input.isDone(), "round " + round); // cancelled, or its value came too late
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stage", () -> Gather.withTimeout(null, LONG));
    assertNpe("timeout", () -> Gather.withTimeout(new CompletableFuture<String>(), null));
  }

  /** The runtime's one timer, to count its entries. */
  static ScheduledThreadPoolExecutor timer() throws Exception {
    Field field = Class.forName("dev.asyncgen.Timer$Holder").getDeclaredField("TIMER");
    field.setAccessible(true);
    return (ScheduledThreadPoolExecutor) field.get(null);
  }
}
