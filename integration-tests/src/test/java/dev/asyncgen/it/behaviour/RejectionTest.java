package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.causeFromGet;
import static dev.asyncgen.it.support.Futures.causeFromJoin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An executor that rejects the call gives a failed future, not an exception at the call site. */
class RejectionTest {

  @Test
  void aRejectingExecutorFailsTheFuture() {
    RejectedExecutionException rejection = new RejectedExecutionException("full");
    AtomicInteger runs = new AtomicInteger();
    ServiceAsync facade =
        ServiceAsync.of(
            new Service.Direct(),
            task -> {
              throw rejection;
            });

    CompletableFuture<Integer> call = facade.perform(runs::incrementAndGet); // does not throw

    assertTrue(call.isCompletedExceptionally(), "failed at once");
    assertSame(rejection, causeFromGet(call));
    assertSame(rejection, causeFromJoin(call));
    assertEquals(0, runs.get());
  }

  @Test
  void aShutDownPoolFailsTheFuture() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.shutdown();
    AtomicInteger runs = new AtomicInteger();
    ServiceAsync facade = ServiceAsync.of(new Service.Direct(), pool);

    CompletableFuture<Void> call = facade.execute(runs::incrementAndGet);

    assertTrue(causeFromGet(call) instanceof RejectedExecutionException);
    assertTrue(causeFromJoin(call) instanceof RejectedExecutionException);
    assertEquals(0, runs.get());
  }
}
