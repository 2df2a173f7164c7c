package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** {@link Retry} as a value: which failures, how many attempts, how long each wait. */
class RetryPolicyTest {

  private static final Retry IO = Retry.on(IOException.class);

  @Test
  void defaults() {
    assertEquals(List.of(IOException.class), IO.exceptions());
    assertEquals(3, IO.maxAttempts());
    assertEquals(Duration.ofMillis(100), IO.initialDelay());
    assertEquals(2.0, IO.multiplier());
    assertEquals(Duration.ofSeconds(5), IO.maxDelay());
    assertEquals(0.5, IO.jitter());
    assertEquals(
        "Retry{on=[IOException], maxAttempts=3, initialDelay=PT0.1S, multiplier=2.0, maxDelay=PT5S, jitter=0.5}",
        IO.toString());
  }

  @Test
  void onlyTheNamedExceptionsAndTheirSubclassesAreRetriedWhileAttemptsAreLeft() {
    Retry retry = Retry.on(IOException.class, TimeoutException.class).withMaxAttempts(3);
    assertTrue(retry.retries(1, new IOException()));
    assertTrue(retry.retries(1, new FileNotFoundException()));
    assertTrue(retry.retries(2, new TimeoutException()));
    assertFalse(retry.retries(3, new IOException()), "the last attempt");
    assertFalse(retry.retries(1, new IllegalStateException()));
    assertFalse(
        retry.retries(1, new UncheckedIOException(new IOException())),
        "the exception itself is matched, not its cause");
    assertFalse(IO.withMaxAttempts(1).retries(1, new IOException()));
  }

  @Test
  void theDelayGrowsByTheMultiplierUpToTheMaximum() {
    Retry exact =
        IO.withBackoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(500)).withJitter(0);
    assertEquals(Duration.ofMillis(100), exact.delayBefore(2, () -> 0.9));
    assertEquals(Duration.ofMillis(200), exact.delayBefore(3, () -> 0.9));
    assertEquals(Duration.ofMillis(400), exact.delayBefore(4, () -> 0.9));
    assertEquals(Duration.ofMillis(500), exact.delayBefore(5, () -> 0.9));
    assertEquals(Duration.ofMillis(500), exact.delayBefore(60, () -> 0.9));
    assertEquals(Duration.ofMillis(100), IO.withBackoff(Duration.ofMillis(100), 1, Duration.ofMillis(100)).withJitter(0).delayBefore(9, () -> 0.5));
  }

  @Test
  void jitterSpreadsEachDelayWithinItsFractionAndNeverPastTheMaximum() {
    Retry jittered =
        IO.withBackoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(300)).withJitter(0.5);
    assertEquals(Duration.ofMillis(50), jittered.delayBefore(2, () -> 0.0));
    assertEquals(Duration.ofMillis(100), jittered.delayBefore(2, () -> 0.5));
    assertTrue(jittered.delayBefore(2, () -> 0.999999).toNanos() > 149_999_000L, "just under 150 ms");
    assertEquals(Duration.ofMillis(100), jittered.delayBefore(3, () -> 0.0));
    assertEquals(Duration.ofMillis(300), jittered.delayBefore(4, () -> 0.999999), "capped");
    for (int i = 0; i < 1000; i++) {
      Duration drawn = jittered.delayBefore(2, Math::random);
      assertTrue(drawn.toMillis() >= 50 && drawn.toMillis() <= 150, drawn.toString());
    }
  }

  @Test
  void endlessDelaysSaturateInsteadOfOverflowing() {
    Duration forever = ChronoUnit.FOREVER.getDuration();
    Retry retry = IO.withBackoff(forever, 2.0, forever).withJitter(0);
    assertEquals(Long.MAX_VALUE, retry.delayBefore(5, () -> 0.5).toNanos());
  }

  @Test
  void wrongSettingsAreRefusedWithTheRule() {
    assertEquals(
        "maxAttempts must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> IO.withMaxAttempts(0)).getMessage());
    assertEquals(
        "multiplier must be at least 1, was 0.5",
        assertThrows(IllegalArgumentException.class, () -> IO.withBackoff(Duration.ZERO, 0.5, Duration.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> IO.withBackoff(Duration.ZERO, Double.NaN, Duration.ZERO));
    assertEquals(
        "initialDelay must not be negative, was PT-1S",
        assertThrows(IllegalArgumentException.class, () -> IO.withBackoff(Duration.ofSeconds(-1), 2, Duration.ZERO)).getMessage());
    assertEquals(
        "maxDelay must be at least initialDelay (PT1S), was PT0.5S",
        assertThrows(IllegalArgumentException.class, () -> IO.withBackoff(Duration.ofSeconds(1), 2, Duration.ofMillis(500))).getMessage());
    assertEquals(
        "jitter must be between 0 and 1, was 1.5",
        assertThrows(IllegalArgumentException.class, () -> IO.withJitter(1.5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> IO.withJitter(Double.NaN));
  }

  @Test
  void nullsAreNamed() {
    TestFutures.assertNpe("exception", () -> Retry.on(null));
    TestFutures.assertNpe("more[1]", () -> Retry.on(IOException.class, IOException.class, null));
    TestFutures.assertNpe("initialDelay", () -> IO.withBackoff(null, 2, Duration.ZERO));
    TestFutures.assertNpe("maxDelay", () -> IO.withBackoff(Duration.ZERO, 2, null));
  }
}
