package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.CallEvent;
import dev.asyncgen.Retry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code withRetry} on a generated facade. */
class RetryTest {

  private static final Retry QUICK =
      Retry.on(IOException.class)
          .withMaxAttempts(3)
          .withBackoff(Duration.ofMillis(5), 2.0, Duration.ofMillis(50));

  @Test
  void aFacadeCallIsRetriedOnTheNamedFailureAndListenersSeeEachAttempt() throws Exception {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    FlakyInventory inventory = new FlakyInventory(2);
    InventoryAsync facade =
        InventoryAsync.of(
            inventory, AsyncOptions.defaults().withRetry(QUICK).withListener(events::add));

    assertEquals(42, facade.stock("sku-1").get(10, TimeUnit.SECONDS));

    assertEquals(3, inventory.calls.get());
    assertEquals(
        List.of("Inventory.stock RETRYING 1", "Inventory.stock RETRYING 2", "Inventory.stock SUCCESS 3"),
        events.stream().map(e -> e.method() + " " + e.status() + " " + e.attempt()).toList());
  }

  @Test
  void whenTheAttemptsRunOutTheCallFailsWithTheLastFailure() {
    FlakyInventory inventory = new FlakyInventory(Integer.MAX_VALUE);
    InventoryAsync facade = InventoryAsync.of(inventory).withOptions(o -> o.withRetry(QUICK));

    CompletableFuture<Integer> call = facade.stock("sku-2");

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    IOException last = assertInstanceOf(IOException.class, failed.getCause());
    assertEquals("sku-2: unavailable (call 3)", last.getMessage());
  }

  @Test
  void cancellingTheFacadesFutureDuringTheWaitEndsTheCall() throws Exception {
    FlakyInventory inventory = new FlakyInventory(Integer.MAX_VALUE);
    InventoryAsync facade =
        InventoryAsync.of(inventory)
            .withOptions(o -> o.withRetry(QUICK.withBackoff(Duration.ofHours(1), 1, Duration.ofHours(1))));
    CompletableFuture<Integer> call = facade.stock("sku-3");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (inventory.calls.get() < 1 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }

    assertTrue(call.cancel(true));
    Thread.sleep(50);

    assertTrue(call.isCancelled());
    assertEquals(1, inventory.calls.get());
  }

  @Test
  void theOptionsSayIt() {
    AsyncOptions options = AsyncOptions.defaults().withRetry(QUICK);
    assertEquals(QUICK, options.retry().orElseThrow());
    assertTrue(options.toString().contains("retry=Retry{on=[IOException], maxAttempts=3"), options.toString());
    assertTrue(options.withoutRetry().retry().isEmpty());
  }
}
