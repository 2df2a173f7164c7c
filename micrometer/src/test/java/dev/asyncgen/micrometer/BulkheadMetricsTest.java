package dev.asyncgen.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.AsyncOptions;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gauges follow a real concurrency limit as calls take, wait for and give back its slots. */
class BulkheadMetricsTest {

  @Test
  void gaugesShowRunningAndWaitingCalls() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Inventory blocking =
        item -> {
          started.countDown();
          release.await();
          return 1;
        };
    AsyncOptions options = AsyncOptions.defaults().withMaxConcurrency(1);
    new BulkheadMetrics(options.bulkhead().orElseThrow(), Tags.of("facade", "inventory")).bindTo(registry);
    InventoryAsync inventory = InventoryAsync.of(blocking, options);

    CompletableFuture<Integer> first = inventory.count("a");
    CompletableFuture<Integer> second = inventory.count("b");
    CompletableFuture<Integer> third = inventory.count("c");
    assertEquals(true, started.await(20, TimeUnit.SECONDS));

    assertEquals(1.0, gauge(registry, "asyncgen.bulkhead.running"));
    assertEquals(2.0, gauge(registry, "asyncgen.bulkhead.waiting"));
    assertEquals(1.0, gauge(registry, "asyncgen.bulkhead.max.concurrency"));

    release.countDown();
    CompletableFuture.allOf(first, second, third).get(20, TimeUnit.SECONDS);
    // A slot is given back just after the call's future completes: wait for the last one.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (gauge(registry, "asyncgen.bulkhead.running") != 0.0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(0.0, gauge(registry, "asyncgen.bulkhead.running"));
    assertEquals(0.0, gauge(registry, "asyncgen.bulkhead.waiting"));
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).tags("facade", "inventory").gauge().value();
  }
}
