package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.GatherMapTest.Recorder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Gather#map(java.util.Collection, int, java.util.function.Function)}: at most N in flight.
 */
class GatherMapBoundedTest {

  @Test
  void startsTheNextCallOnlyWhenOneSettlesAndGathersInInputOrder() {
    Recorder<Integer, String> call = new Recorder<>();
    CompletableFuture<List<String>> mapped = Gather.map(List.of(0, 1, 2, 3, 4), 2, call);
    assertEquals(List.of(0, 1), call.inputs);

    call.stages.get(1).complete("b");
    assertEquals(List.of(0, 1, 2), call.inputs);
    call.stages.get(2).complete("c");
    assertEquals(List.of(0, 1, 2, 3), call.inputs);
    call.stages.get(3).complete("d");
    assertEquals(List.of(0, 1, 2, 3, 4), call.inputs);
    call.stages.get(4).complete("e");
    assertFalse(mapped.isDone());
    call.stages.get(0).complete("a");

    assertEquals(List.of("a", "b", "c", "d", "e"), value(mapped));
  }

  @Test
  void neverMoreThanTheLimitOfRealBlockingCallsRunAtOnce() {
    ThreadPoolExecutor pool = AsyncExecutors.boundedPool(8);
    try {
      Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withExecutor(pool));
      AtomicInteger running = new AtomicInteger();
      AtomicInteger max = new AtomicInteger();
      List<Integer> inputs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        inputs.add(i);
      }

      CompletableFuture<List<Integer>> mapped =
          Gather.map(
              inputs,
              3,
              i ->
                  dispatcher.call(
                      "Job.run",
                      () -> {
                        max.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                          Thread.sleep(2);
                          return i * 10;
                        } finally {
                          running.decrementAndGet();
                        }
                      }));

      List<Integer> values = value(mapped);
      assertTrue(max.get() <= 3, "at most 3 in flight, saw " + max.get());
      for (int i = 0; i < 40; i++) {
        assertEquals(i * 10, values.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLimitOfOneCallsOneAfterTheOther() {
    Recorder<Integer, Integer> call = new Recorder<>();
    CompletableFuture<List<Integer>> mapped = Gather.map(List.of(1, 2, 3), 1, call);
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, call.inputs.size());
      call.stages.get(i).complete(i);
    }
    assertEquals(List.of(0, 1, 2), value(mapped));
  }

  @Test
  void aLimitAboveTheInputCountCallsThemAllAtOnce() {
    Recorder<Integer, Integer> call = new Recorder<>();
    Gather.map(List.of(1, 2, 3), 100, call);
    assertEquals(List.of(1, 2, 3), call.inputs);
  }

  @Test
  void emptyInputCompletesAtOnceWithoutCalling() {
    Recorder<Integer, Integer> call = new Recorder<>();
    assertEquals(List.of(), Gather.map(List.of(), 2, call).getNow(null));
    assertEquals(List.of(), call.inputs);
  }

  @Test
  void aLimitBelowOneIsRefused() {
    Recorder<Integer, Integer> call = new Recorder<>();
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Gather.map(List.of(1), 0, call));
    assertEquals("maxConcurrency must be at least 1, was 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Gather.map(List.of(1), -1, call));
    assertEquals(List.of(), call.inputs);
  }

  @Test
  void aFailureCancelsTheCallsInFlightAndNeverStartsTheRest() {
    Recorder<Integer, String> call = new Recorder<>();
    CompletableFuture<List<String>> mapped = Gather.map(List.of(0, 1, 2, 3, 4, 5), 2, call);
    IOException boom = new IOException("boom");

    call.stages.get(1).completeExceptionally(boom);

    assertSame(boom, failure(mapped));
    assertTrue(call.stages.get(0).isCancelled());
    assertEquals(List.of(0, 1), call.inputs, "no call after the failure, though slots are free");
    assertEquals(0, inFlight(mapped), "every slot is given back");
  }

  @Test
  void aCallThatThrowsWhenStartedByACompletionFailsTheResult() {
    Recorder<Integer, String> recorder = new Recorder<>();
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of(0, 1, 2, 3),
            2,
            i -> {
              if (i == 2) {
                throw boom;
              }
              return recorder.apply(i);
            });

    onThread("settler", () -> recorder.stages.get(0).complete("a"));

    assertSame(boom, failure(mapped));
    assertTrue(recorder.stages.get(1).isCancelled());
    assertEquals(List.of(0, 1), recorder.inputs);
    assertEquals(0, inFlight(mapped));
  }

  @Test
  void cancellingTheResultInterruptsTheCallsInFlightAndStartsNoMore() {
    List<Blocker<Integer>> blockers = new CopyOnWriteArrayList<>();
    CompletableFuture<List<Integer>> mapped =
        Gather.map(
            List.of(0, 1, 2, 3),
            2,
            i -> {
              Blocker<Integer> blocker = Blocker.started(i);
              blockers.add(blocker);
              return blocker.future;
            });

    mapped.cancel(true);

    assertEquals(2, blockers.size());
    blockers.forEach(Blocker::assertInterrupted);
    assertEquals(2, blockers.size(), "the cancelled calls' slots started nothing");
    assertEquals(0, inFlight(mapped));
  }

  @Test
  void stagesCompletedAlreadyGiveTheirSlotBackWithoutDeepeningTheStack() {
    List<Integer> inputs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      inputs.add(i);
    }
    // A slot kept by a stage that completed before its callback was registered would hang here.
    CompletableFuture<List<Integer>> mapped =
        Gather.map(inputs, 1, i -> CompletableFuture.completedFuture(i + 1));
    assertTrue(mapped.isDone());
    assertEquals(10_000, value(mapped).get(9_999));
  }

  @Test
  void anExecutorRejectingACallFailsTheResultCancelsTheOthersAndStartsNoMore() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicInteger submitted = new AtomicInteger();
      Executor rejectsTheThird =
          task -> {
            if (submitted.incrementAndGet() >= 3) {
              throw new RejectedExecutionException("no room for task " + submitted.get());
            }
            pool.execute(task);
          };
      Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withExecutor(rejectsTheThird));
      CountDownLatch releaseFirst = new CountDownLatch(1);
      CountDownLatch secondStarted = new CountDownLatch(1);
      CountDownLatch secondInterrupted = new CountDownLatch(1);
      AtomicInteger calls = new AtomicInteger();

      CompletableFuture<List<String>> mapped =
          Gather.map(
              List.of(0, 1, 2, 3, 4),
              2,
              i -> {
                calls.incrementAndGet();
                return dispatcher.call(
                    "Job.run",
                    () -> {
                      if (i == 0) {
                        releaseFirst.await();
                      } else if (i == 1) {
                        secondStarted.countDown();
                        try {
                          new CountDownLatch(1).await();
                        } catch (InterruptedException e) {
                          secondInterrupted.countDown();
                          throw e;
                        }
                      }
                      return "v" + i;
                    });
              });
      TestFutures.await(secondStarted, "the second call to start");
      releaseFirst.countDown(); // its slot goes to input 2, which the executor rejects

      assertEquals(
          "no room for task 3", failure(mapped, RejectedExecutionException.class).getMessage());
      TestFutures.await(secondInterrupted, "the call in flight to be interrupted");
      assertEquals(3, calls.get());
      assertEquals(0, inFlight(mapped));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theNextCallIsMadeOnTheThreadThatSettledThePreviousStage() {
    AtomicReference<String> secondCallThread = new AtomicReference<>();
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of(0, 1),
            1,
            i -> {
              if (i == 0) {
                return first;
              }
              secondCallThread.set(Thread.currentThread().getName());
              return CompletableFuture.completedFuture("b");
            });

    onThread("settler", () -> first.complete("a"));

    assertEquals(List.of("a", "b"), value(mapped));
    assertEquals("settler", secondCallThread.get());
  }

  @Test
  void aStageSettledWhileTheCallerIsStillMakingItsFirstCallsLeavesTheNextCallToTheCaller() {
    java.util.Map<Integer, String> callThreads = new java.util.concurrent.ConcurrentHashMap<>();
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of(0, 1, 2),
            2,
            i -> {
              callThreads.put(i, Thread.currentThread().getName());
              if (i == 0) {
                return first;
              }
              if (i == 1) {
                // Frees a slot while the caller is still making its first two calls.
                onThread("settler", () -> first.complete("a"));
              }
              return CompletableFuture.completedFuture(i == 1 ? "b" : "c");
            });

    assertEquals(List.of("a", "b", "c"), value(mapped));
    String caller = Thread.currentThread().getName();
    assertEquals(
        java.util.Map.of(0, caller, 1, caller, 2, caller),
        callThreads,
        "the settler left the third call to the caller, who was making calls at that moment");
  }

  @Test
  void aCallStartedWhileTheResultIsCancelledIsCancelledToo() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 2_000; round++) {
        Recorder<Integer, Integer> call = new Recorder<>();
        CompletableFuture<List<Integer>> mapped = Gather.map(List.of(0, 1), 1, call);
        TestFutures.race(
            completer,
            () -> call.stages.get(0).complete(0), // starts the call for input 1, maybe
            () -> mapped.cancel(true));

        assertTrue(mapped.isCancelled(), "round " + round);
        for (CompletableFuture<Integer> stage : call.stages) {
          assertTrue(stage.isDone(), "a stage left running, round " + round);
        }
        assertEquals(0, inFlight(mapped), "round " + round);
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("inputs", () -> Gather.map(null, 1, i -> new CompletableFuture<String>()));
    assertNpe("call", () -> Gather.map(List.of(1), 1, null));
  }

  /** The calls the result still counts as in flight: 0 once everything has settled. */
  private static int inFlight(CompletableFuture<?> mapped) {
    return ((MapFuture<?, ?>) mapped).inFlight();
  }
}
