package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The rules {@link AsyncOptions} writes down: names, what is shared, which timeouts are taken. */
class AsyncOptionsTest {

  @Test
  void theConcurrencyLimitHasOneName() {
    AsyncOptions options = AsyncOptions.defaults().withMaxConcurrency(3, 7);
    Bulkhead bulkhead = options.bulkhead().orElseThrow();

    assertEquals(OptionalInt.of(3), options.maxConcurrency());
    assertEquals(3, bulkhead.maxConcurrency());
    assertEquals(7, bulkhead.maxWaiting());
    assertEquals("Bulkhead{maxConcurrency=3, running=0, waiting=0 of 7}", bulkhead.toString());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> AsyncOptions.defaults().withMaxConcurrency(0));
    assertEquals("maxConcurrency must be at least 1, was 0", zero.getMessage());
  }

  @Test
  void derivedOptionsShareTheLiveLimitUntilANewOneIsSet() {
    AsyncOptions limited = AsyncOptions.defaults().withMaxConcurrency(2);
    AsyncOptions derived = limited.withTimeout(Duration.ofSeconds(1)).withoutTimeout();

    assertSame(limited.bulkhead().orElseThrow(), derived.bulkhead().orElseThrow());
    assertNotSame(
        limited.bulkhead().orElseThrow(),
        limited.withMaxConcurrency(2).bulkhead().orElseThrow());
  }

  @Test
  void aFacadesTimeoutMustBePositiveAndTheMessageSaysHowToHaveNone() {
    for (Duration wrong : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> AsyncOptions.defaults().withTimeout(wrong));
      assertEquals(
          "timeout must be positive, was " + wrong
              + "; withoutTimeout() lets calls run as long as they take",
          refused.getMessage());
    }
  }
}
