package dev.asyncgen.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Retry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Real calls through a generated facade, recorded in a real registry. */
class MicrometerCallListenerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private InventoryAsync facade(AsyncOptions options) {
    return InventoryAsync.of(
        new Inventory.Scripted(), options.withListener(new MicrometerCallListener(registry)));
  }

  private Timer timer(String outcome, String exception) {
    return registry
        .find(MicrometerCallListener.METRIC)
        .tags("method", "Inventory.count", "outcome", outcome, "exception", exception)
        .timer();
  }

  @Test
  void aSuccessfulCallIsTimedFromCallToEnd() throws Exception {
    InventoryAsync inventory = facade(AsyncOptions.defaults());
    assertEquals(42, inventory.count("slow:100").get(20, TimeUnit.SECONDS));
    assertEquals(42, inventory.count("apples").get(20, TimeUnit.SECONDS));

    Timer success = timer("SUCCESS", "none");
    assertNotNull(success, () -> "meters: " + registry.getMetersAsString());
    assertEquals(2, success.count());
    assertTrue(success.max(TimeUnit.MILLISECONDS) >= 100, () -> "max " + success.max(TimeUnit.MILLISECONDS));
    assertTrue(success.totalTime(TimeUnit.MILLISECONDS) >= 100);
  }

  @Test
  void aFailureIsTaggedWithItsException() {
    InventoryAsync inventory = facade(AsyncOptions.defaults());
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> inventory.count("missing").get(20, TimeUnit.SECONDS));
    assertEquals("no such item: missing", failed.getCause().getMessage());

    assertEquals(1, timer("FAILURE", "IOException").count());
    assertEquals(0, timer("SUCCESS", "none").count());
  }

  @Test
  void aTimeoutIsTaggedAsSuch() {
    InventoryAsync inventory = facade(AsyncOptions.defaults().withTimeout(Duration.ofMillis(50)));
    assertThrows(ExecutionException.class, () -> inventory.count("slow:10000").get(20, TimeUnit.SECONDS));

    Timer timeout = timer("TIMEOUT", "TimeoutException");
    assertEquals(1, timeout.count());
    assertTrue(timeout.totalTime(TimeUnit.MILLISECONDS) >= 50);
  }

  @Test
  void aCancelledCallIsTaggedAsSuch() throws Exception {
    InventoryAsync inventory = facade(AsyncOptions.defaults());
    CompletableFuture<Integer> count = inventory.count("slow:10000");
    count.cancel(true);
    assertThrows(CancellationException.class, count::join);

    // The listener is told as the future settles, on the cancelling thread.
    assertEquals(1, timer("CANCELLED", "CancellationException").count());
  }

  @Test
  void aRetriedCallIsTimedOnceAndItsRetriesCounted() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    InventoryAsync inventory =
        retrying(
            item -> {
              if (attempts.incrementAndGet() < 3) {
                throw new IOException("attempt " + attempts.get() + " failed");
              }
              return 42;
            });

    assertEquals(42, inventory.count("apples").get(20, TimeUnit.SECONDS));

    assertEquals(3, attempts.get());
    assertEquals(1, timer("SUCCESS", "none").count());
    assertEquals(1, registry.find(MicrometerCallListener.METRIC).timers().stream().mapToLong(Timer::count).sum());
    assertTrue(registry.find(MicrometerCallListener.METRIC).tag("outcome", "RETRYING").timers().isEmpty());
    assertEquals(2.0, retries("IOException"));
  }

  @Test
  void aCallWhoseEveryAttemptFailsIsOneFailure() {
    InventoryAsync inventory =
        retrying(
            item -> {
              throw new IOException("down");
            });

    assertThrows(ExecutionException.class, () -> inventory.count("apples").get(20, TimeUnit.SECONDS));

    assertEquals(1, timer("FAILURE", "IOException").count());
    assertEquals(1, registry.find(MicrometerCallListener.METRIC).timers().stream().mapToLong(Timer::count).sum());
    assertEquals(2.0, retries("IOException")); // three attempts: two retried, the last the call's end
  }

  /** Three attempts, retried on IOException at once. */
  private InventoryAsync retrying(Inventory inventory) {
    return InventoryAsync.of(
        inventory,
        AsyncOptions.defaults()
            .withRetry(Retry.on(IOException.class).withMaxAttempts(3).withBackoff(Duration.ZERO, 1.0, Duration.ZERO))
            .withListener(new MicrometerCallListener(registry)));
  }

  private double retries(String exception) {
    return registry
        .get(MicrometerCallListener.RETRIES)
        .tags("method", "Inventory.count", "exception", exception)
        .counter()
        .count();
  }

  @Test
  void tagsGivenToTheListenerAreOnEveryTimer() throws Exception {
    InventoryAsync inventory =
        InventoryAsync.of(
            new Inventory.Scripted(),
            AsyncOptions.defaults()
                .withListener(new MicrometerCallListener(registry, Tags.of("service", "shop"))));
    inventory.count("apples").get(20, TimeUnit.SECONDS);

    assertEquals(
        1,
        registry.get(MicrometerCallListener.METRIC).tags("service", "shop", "outcome", "SUCCESS").timer().count());
  }
}
