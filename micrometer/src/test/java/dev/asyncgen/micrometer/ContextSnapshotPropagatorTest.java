package dev.asyncgen.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.ContextPropagator;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * What Micrometer's context-propagation carries reaches the blocking call on a pooled thread, and
 * is gone from that thread after it: the current Observation (registered by Micrometer itself),
 * the SLF4J MDC, a thread local of the application's own.
 */
class ContextSnapshotPropagatorTest {

  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void shutDown() throws InterruptedException {
    MDC.clear();
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  /** A facade whose blocking call returns what {@code probe} sees on the executor's thread. */
  private <T> T seenInCall(ContextPropagator<?> propagator, java.util.function.Supplier<T> probe)
      throws Exception {
    AsyncOptions options = AsyncOptions.defaults().withExecutor(pool);
    if (propagator != null) {
      options = options.withContext(propagator);
    }
    Object[] seen = new Object[1];
    InventoryAsync.of(
            item -> {
              seen[0] = probe.get();
              return 0;
            },
            options)
        .count("x")
        .get(20, TimeUnit.SECONDS);
    @SuppressWarnings("unchecked")
    T value = (T) seen[0];
    return value;
  }

  @Test
  void theCurrentObservationReachesTheCallAndLeavesWithIt() throws Exception {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(context -> true);
    Observation request = Observation.start("request", registry);
    Observation.Scope scope = request.openScope();
    try {
      assertSame(request, seenInCall(ContextSnapshotPropagator.create(), registry::getCurrentObservation));
      // Without the propagator, the call does not see it: the test can tell.
      assertNull(seenInCall(null, registry::getCurrentObservation));
    } finally {
      scope.close();
      request.stop();
    }
    assertNull(pool.submit(registry::getCurrentObservation).get(20, TimeUnit.SECONDS));
  }

  @Test
  void withMdcTheWholeMdcReachesTheCallAndThePooledThreadIsClearedAfter() throws Exception {
    MDC.put("user", "alice");
    MDC.put("request", "r-17");
    Map<String, String> seen = seenInCall(ContextSnapshotPropagator.withMdc(), MDC::getCopyOfContextMap);

    assertEquals(Map.of("user", "alice", "request", "r-17"), seen);
    Map<String, String> after = pool.submit(MDC::getCopyOfContextMap).get(20, TimeUnit.SECONDS);
    assertTrue(after == null || after.isEmpty(), () -> "left on the pooled thread: " + after);
    // The MDC was added to a registry of the propagator's own, not to the global one.
    assertTrue(
        ContextRegistry.getInstance().getThreadLocalAccessors().stream()
            .noneMatch(accessor -> "cp.slf4j".equals(accessor.key())));
  }

  @Test
  void aThreadLocalOfTheApplicationsOwnRegistryIsCarried() throws Exception {
    ThreadLocal<String> tenant = new ThreadLocal<>();
    ContextRegistry registry = new ContextRegistry().registerThreadLocalAccessor("tenant", tenant);
    ContextPropagator<?> propagator =
        ContextSnapshotPropagator.create(ContextSnapshotFactory.builder().contextRegistry(registry).build());
    tenant.set("acme");
    try {
      assertEquals("acme", seenInCall(propagator, tenant::get));
      assertNull(pool.submit(tenant::get).get(20, TimeUnit.SECONDS));
    } finally {
      tenant.remove();
    }
  }
}
