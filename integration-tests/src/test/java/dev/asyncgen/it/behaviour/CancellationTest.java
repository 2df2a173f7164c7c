package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Futures;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * cancel(true) interrupts the running sync call; a call cancelled before it starts never starts;
 * cancel(false) leaves a running call alone.
 */
class CancellationTest {

  private final ExecutorService single = Executors.newSingleThreadExecutor();
  private final CountDownLatch releaseBlocker = new CountDownLatch(1);

  @AfterEach
  void shutDown() {
    releaseBlocker.countDown();
    single.shutdownNow();
  }

  @Test
  void cancelTrueInterruptsABlockedSyncCall() {
    assertInterruptsABlockedCall(ServiceAsync.of(new Service.Direct()));
  }

  @Test
  void cancelTrueInterruptsABlockedSyncCallOnAPool() {
    assertInterruptsABlockedCall(ServiceAsync.of(new Service.Direct(), single));
  }

  private static void assertInterruptsABlockedCall(ServiceAsync facade) {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch sawInterrupt = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    CompletableFuture<Void> call =
        facade.execute(
            () -> {
              started.countDown();
              try {
                Futures.block(never);
              } catch (InterruptedException e) {
                sawInterrupt.countDown();
                throw e;
              }
            });
    Futures.await(started, "the sync call started");

    assertTrue(call.cancel(true));

    Futures.await(sawInterrupt, "the sync call saw InterruptedException");
    assertTrue(call.isCancelled());
    assertThrows(CancellationException.class, call::join);
  }

  @Test
  void cancelFalseBeforeStartMeansItNeverStarts() {
    assertNeverStartsWhenCancelledBeforeStart(false);
  }

  @Test
  void cancelTrueBeforeStartMeansItNeverStarts() {
    assertNeverStartsWhenCancelledBeforeStart(true);
  }

  private void assertNeverStartsWhenCancelledBeforeStart(boolean mayInterrupt) {
    occupyTheOnlyThread();
    AtomicInteger runs = new AtomicInteger();
    ServiceAsync facade = ServiceAsync.of(new Service.Direct(), single);
    CompletableFuture<Integer> call = facade.perform(runs::incrementAndGet);

    assertTrue(call.cancel(mayInterrupt));
    releaseBlocker.countDown();
    // Everything queued before this marker has had its turn on the executor's thread.
    await(CompletableFuture.runAsync(() -> {}, single));

    assertEquals(0, runs.get(), "the cancelled call never started");
    assertTrue(call.isCancelled());
    // And the thread is fine for the next call.
    assertEquals(1, await(facade.perform(runs::incrementAndGet)));
  }

  @Test
  void cancelFalseLeavesARunningCallAlone() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    ServiceAsync facade = ServiceAsync.of(new Service.Direct(), single);
    CompletableFuture<Void> call =
        facade.execute(
            () -> {
              started.countDown();
              try {
                Futures.block(proceed);
              } catch (InterruptedException e) {
                interrupted.set(true);
              } finally {
                finished.countDown();
              }
            });
    Futures.await(started, "the sync call started");

    assertTrue(call.cancel(false));
    assertTrue(call.isCancelled());
    proceed.countDown();
    Futures.await(finished, "the sync call ran to its end");
    assertFalse(interrupted.get(), "cancel(false) does not interrupt");
  }

  private void occupyTheOnlyThread() {
    CountDownLatch running = new CountDownLatch(1);
    single.execute(
        () -> {
          running.countDown();
          try {
            Futures.block(releaseBlocker);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    Futures.await(running, "the executor's only thread is busy");
  }
}
