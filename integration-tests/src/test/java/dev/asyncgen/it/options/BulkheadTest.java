package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkheadTest {

  private final Recorder recorder = new Recorder();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void shutDown() {
    threads.shutdownNow();
  }

  @Test
  void aBulkheadOfFourUnderOneHundredCallsNeverRunsMoreThanFourAndLosesNone() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(4));
    CountDownLatch gate = new CountDownLatch(1);

    // The caller is never blocked: all 100 calls return while every sync call is held at the gate.
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      calls.add(facade.await(gate, i));
    }
    recorder.awaitStarted(4);
    Thread.sleep(100); // room for a fifth to start, were the limit broken
    assertEquals(4, recorder.started.get(), "four running, the rest queued");

    gate.countDown();
    for (int i = 0; i < 100; i++) {
      assertEquals(i, calls.get(i).get(10, TimeUnit.SECONDS));
    }
    assertEquals(100, recorder.started.get());
    assertEquals(4, recorder.maxRunning.get());
  }

  @Test
  void cancellingAQueuedCallRemovesItAndItNeverStarts() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(1));
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<Integer> running = facade.await(gate, 1);
    recorder.awaitStarted(1);
    CompletableFuture<Integer> queued = facade.await(gate, 2);
    CompletableFuture<Integer> next = facade.await(gate, 3);

    assertTrue(queued.cancel(false));
    gate.countDown();

    assertEquals(1, running.get(10, TimeUnit.SECONDS));
    assertEquals(3, next.get(10, TimeUnit.SECONDS));
    assertThrows(CancellationException.class, queued::join);
    assertEquals(2, recorder.started.get(), "the cancelled call never started");
  }

  @Test
  void failedAndCancelledCallsGiveTheirSlotBack() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(2));
    for (int round = 0; round < 50; round++) {
      CompletableFuture<Void> failed = facade.fail(new IllegalStateException("round " + round));
      CompletableFuture<Integer> cancelled = facade.await(new CountDownLatch(1), round);
      recorder.awaitStarted(round + 1);
      cancelled.cancel(true);
      assertThrows(Exception.class, failed::join);
    }
    // Were a slot leaked per round, the limit of two would long be exhausted.
    assertEquals("still flowing", facade.echo("still flowing").get(10, TimeUnit.SECONDS));
  }

  @Test
  void aFullQueueRejectsFurtherCallsAtOnceInsteadOfPilingThemUp() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(1, 2));
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<Integer> running = facade.await(gate, 1);
    recorder.awaitStarted(1);
    CompletableFuture<Integer> first = facade.await(gate, 2);
    CompletableFuture<Integer> second = facade.await(gate, 3);

    CompletableFuture<Integer> shed = facade.await(gate, 4);

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> shed.get(10, TimeUnit.SECONDS));
    assertTrue(failure.getCause() instanceof RejectedExecutionException);
    assertEquals(
        "Blocking.await refused: Bulkhead{maxConcurrency=1, running=1, waiting=2 of 2} is full",
        failure.getCause().getMessage());
    gate.countDown();
    assertEquals(List.of(1, 2, 3), List.of(running.join(), first.join(), second.join()));
    assertEquals(3, recorder.started.get());
  }

  @Test
  void facadesDerivedFromTheSameOptionsShareTheLimit() throws Exception {
    BlockingAsync first =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(1));
    BlockingAsync derived = first.withOptions(o -> o.withoutTimeout());
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<Integer> a = first.await(gate, 1);
    CompletableFuture<Integer> b = derived.await(gate, 2);
    recorder.awaitStarted(1);
    Thread.sleep(100);
    assertEquals(1, recorder.started.get());
    gate.countDown();
    assertEquals(1, a.get(10, TimeUnit.SECONDS));
    assertEquals(2, b.get(10, TimeUnit.SECONDS));
  }
}
