package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** {@link Stages#delay} and {@link Stages#withTimeoutOrElse}: timers that hold no thread. */
class TimersTest {

  @Test
  void aDelayCompletesWithItsValueNoSoonerThanTheDelay() {
    long start = System.nanoTime();
    CompletableFuture<String> delayed = Stages.delay(Duration.ofMillis(100), "late");
    assertEquals("late", value(delayed));
    assertTrue(
        System.nanoTime() - start >= Duration.ofMillis(100).toNanos(), "completed before its delay");

    assertNull(value(Stages.delay(Duration.ofMillis(1))));
  }

  @Test
  void aZeroNegativeOrEndlessDelayIsAccepted() {
    assertEquals("now", value(Stages.delay(Duration.ZERO, "now")));
    assertEquals("now", value(Stages.delay(Duration.ofSeconds(-1), "now")));
    CompletableFuture<Void> forever = Stages.delay(ChronoUnit.FOREVER.getDuration());
    assertFalse(forever.isDone());
    assertTrue(forever.cancel(true));
  }

  @Test
  void tenThousandPendingDelaysStartNoThreadAndCancellingThemEmptiesTheTimer() {
    Stages.delay(Duration.ZERO).join(); // the timer thread exists from here on
    int threadsBefore = Thread.getAllStackTraces().size();
    int queuedBefore = timerQueue();

    List<CompletableFuture<Void>> delays = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      delays.add(Stages.delay(Duration.ofHours(1)));
    }
    assertTrue(timerQueue() >= queuedBefore + 10_000, "the delays are entries of the timer");
    assertTrue(
        Thread.getAllStackTraces().size() <= threadsBefore,
        "a pending delay holds no thread");

    for (CompletableFuture<Void> delay : delays) {
      assertTrue(delay.cancel(true));
    }
    assertTrue(timerQueue() <= queuedBefore, "a cancelled delay leaves the timer's queue at once");
  }

  /** How many actions wait in the runtime's timer: read here only to see that none is left. */
  static int timerQueue() {
    try {
      var holder = Class.forName("dev.asyncgen.Timer$Holder");
      var field = holder.getDeclaredField("TIMER");
      field.setAccessible(true);
      return ((ScheduledThreadPoolExecutor) field.get(null)).getQueue().size();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the test reads the timer's queue by reflection", e);
    }
  }

  @Test
  void completingADelayFromOutsideAlsoTakesItsTimerDown() {
    int queuedBefore = timerQueue();
    CompletableFuture<String> delay = Stages.delay(Duration.ofHours(1), "late");
    assertTrue(delay.complete("early"));
    assertEquals("early", value(delay));
    assertTrue(timerQueue() <= queuedBefore);
  }

  @Test
  void withTimeoutOrElseGivesTheValueInTime() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result =
        Stages.withTimeoutOrElse(stage, Duration.ofSeconds(20), "fallback");
    stage.complete("value");
    assertEquals("value", value(result));
  }

  @Test
  void withTimeoutOrElseFallsBackAndInterruptsTheCallOnTimeout() {
    Blocker<String> call = Blocker.started("value");
    CompletableFuture<String> result =
        Stages.withTimeoutOrElse(call.future, Duration.ofMillis(50), "fallback");
    assertEquals("fallback", value(result));
    call.assertInterrupted();
    assertTrue(call.future.isCancelled());
  }

  @Test
  void withTimeoutOrElseFallsBackToNullLikeKotlinsWithTimeoutOrNull() {
    assertNull(
        value(Stages.withTimeoutOrElse(new CompletableFuture<String>(), Duration.ofMillis(10), null)));
  }

  @Test
  void aFailureBeforeTheTimeoutIsPassedOnEvenATimeoutOfItsOwn() {
    IOException boom = new IOException();
    assertSame(
        boom,
        failure(Stages.withTimeoutOrElse(CompletableFuture.failedFuture(boom), Duration.ofSeconds(20), "x")));

    TimeoutException own = new TimeoutException("the call's own timeout");
    assertSame(
        own,
        failure(Stages.withTimeoutOrElse(CompletableFuture.failedFuture(own), Duration.ofSeconds(20), "x")));
  }

  @Test
  void cancellingTheResultInterruptsTheCallAndTakesTheTimerDown() {
    int queuedBefore = timerQueue();
    Blocker<String> call = Blocker.started("value");
    CompletableFuture<String> result =
        Stages.withTimeoutOrElse(call.future, Duration.ofHours(1), "fallback");
    assertTrue(result.cancel(true));
    call.assertInterrupted();
    assertTrue(timerQueue() <= queuedBefore);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertNpe("delay", () -> Stages.delay(null));
    assertNpe("stage", () -> Stages.withTimeoutOrElse(null, Duration.ZERO, "x"));
    assertNpe(
        "timeout", () -> Stages.withTimeoutOrElse(new CompletableFuture<String>(), null, "x"));
  }
}
