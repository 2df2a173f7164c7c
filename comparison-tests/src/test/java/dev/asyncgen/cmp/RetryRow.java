package dev.asyncgen.cmp;

import static dev.asyncgen.cmp.Probe.PATIENCE_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Row 9 of the comparison, asked of each framework in the same words: a retry of up to three
 * attempts, for {@link IOException} only, waiting 100 ms and then 200 ms (each with 10% jitter).
 */
public final class RetryRow {

  /** One framework's retrying call of {@link Flaky#attempt}. */
  @FunctionalInterface
  public interface RetryingCall {
    CompletionStage<Integer> attempt(Flaky flaky, int value) throws Exception;
  }

  private RetryRow() {}

  /**
   * Two failures then a success give the value after three attempts, with waits that grow;
   * failing every time gives the last {@link IOException} after three; another exception is not
   * retried. {@code secondWaitAtLeast}: the second wait minus the framework's jitter.
   */
  public static void retriesTheNamedExceptionsWithAGrowingDelay(
      RetryingCall call, Duration secondWaitAtLeast) throws Exception {
    Flaky twice = Flaky.failingWithIoException(2);
    assertEquals(7, result(call, twice));
    assertEquals(3, twice.attempts());
    assertTrue(twice.gapAfter(1).toMillis() >= 90, "100 ms minus the jitter: " + twice.gapAfter(1));
    assertTrue(
        twice.gapAfter(2).compareTo(secondWaitAtLeast) >= 0,
        "200 ms minus the jitter: " + twice.gapAfter(2));

    Flaky always = Flaky.failingWithIoException(Integer.MAX_VALUE);
    ExecutionException exhausted = assertThrows(ExecutionException.class, () -> result(call, always));
    assertInstanceOf(IOException.class, exhausted.getCause());
    assertEquals(3, always.attempts());

    Flaky other = Flaky.failing(1, IllegalStateException::new);
    ExecutionException notRetried = assertThrows(ExecutionException.class, () -> result(call, other));
    assertInstanceOf(IllegalStateException.class, notRetried.getCause());
    assertEquals(1, other.attempts());
  }

  private static int result(RetryingCall call, Flaky flaky) throws Exception {
    return call.attempt(flaky, 7).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
  }
}
