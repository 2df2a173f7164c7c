package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.asyncgen.it.support.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A facade call returns a pending future at once, without waiting for the blocking call. */
class ReturnsAtOnceTest {

  @Test
  void returnsWhileTheSyncCallIsStillBlocked() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ServiceAsync facade = ServiceAsync.of(new Service.Direct());

    CompletableFuture<String> result =
        facade.perform(
            () -> {
              started.countDown();
              Futures.block(release);
              return "done";
            });

    Futures.await(started, "the sync call started");
    assertFalse(result.isDone(), "the future is pending while the sync call blocks");
    release.countDown();
    assertEquals("done", await(result));
  }

  @Test
  void returnsBeforeTheSyncCallEvenStarts() {
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch blockerRunning = new CountDownLatch(1);
    CountDownLatch releaseBlocker = new CountDownLatch(1);
    try {
      single.execute(
          () -> {
            blockerRunning.countDown();
            try {
              Futures.block(releaseBlocker);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      Futures.await(blockerRunning, "the executor's only thread is busy");
      AtomicInteger runs = new AtomicInteger();
      ServiceAsync facade = ServiceAsync.of(new Service.Direct(), single);

      CompletableFuture<Integer> result = facade.perform(runs::incrementAndGet);

      assertFalse(result.isDone());
      assertEquals(0, runs.get(), "the sync call waits for a thread; the caller does not");
      releaseBlocker.countDown();
      assertEquals(1, await(result));
    } finally {
      releaseBlocker.countDown();
      single.shutdownNow();
    }
  }

  @Test
  void manyBlockedCallsDoNotBlockTheCaller() {
    int calls = 50;
    CountDownLatch allStarted = new CountDownLatch(calls);
    CountDownLatch release = new CountDownLatch(1);
    ServiceAsync facade = ServiceAsync.of(new Service.Direct());
    CompletableFuture<?>[] results = new CompletableFuture<?>[calls];
    for (int i = 0; i < calls; i++) {
      int n = i;
      results[i] =
          facade.perform(
              () -> {
                allStarted.countDown();
                Futures.block(release);
                return n;
              });
    }
    // The default executor runs them all at once (virtual threads, or a pool of 256 threads).
    Futures.await(allStarted, "every call runs concurrently");
    for (CompletableFuture<?> result : results) {
      assertFalse(result.isDone());
    }
    release.countDown();
    for (int i = 0; i < calls; i++) {
      assertEquals(i, await(results[i]));
    }
  }
}
