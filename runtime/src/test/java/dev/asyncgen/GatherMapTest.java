package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Gather#map(java.util.Collection, java.util.function.Function)}, without a limit. */
class GatherMapTest {

  /** A call that records its inputs and returns a stage the test completes. */
  static final class Recorder<A, R> implements java.util.function.Function<A, CompletionStage<R>> {
    final List<A> inputs = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<R>> stages = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<R> apply(A input) {
      inputs.add(input);
      CompletableFuture<R> stage = new CompletableFuture<>();
      stages.add(stage);
      return stage;
    }
  }

  @Test
  void callsOncePerInputInOrderAndGathersInInputOrder() {
    Recorder<Integer, String> call = new Recorder<>();
    CompletableFuture<List<String>> mapped = Gather.map(List.of(1, 2, 3), call);

    assertEquals(List.of(1, 2, 3), call.inputs, "every call is made before map returns");
    call.stages.get(2).complete("three");
    call.stages.get(0).complete("one");
    assertFalse(mapped.isDone());
    call.stages.get(1).complete("two");

    assertEquals(List.of("one", "two", "three"), value(mapped));
  }

  @Test
  void aCancellationTheResultDidNotCauseIsSuppressedButItsOwnAreNot() {
    CompletableFuture<String> failsFirst = new CompletableFuture<>();
    CompletableFuture<String> cancelledByUs = new CompletableFuture<>();
    CompletableFuture<String> source = new CompletableFuture<>();
    List<CompletionStage<String>> stages =
        List.of(failsFirst, cancelledByUs, source.minimalCompletionStage());
    CompletableFuture<List<String>> mapped = Gather.map(List.of(0, 1, 2), stages::get);
    IOException first = new IOException("first");

    failsFirst.completeExceptionally(first);
    source.cancel(true); // not the result's doing: minimalCompletionStage() cannot be cancelled

    assertSame(first, failure(mapped));
    assertTrue(cancelledByUs.isCancelled());
    assertEquals(1, first.getSuppressed().length, "only the cancellation someone else caused");
    assertTrue(first.getSuppressed()[0] instanceof java.util.concurrent.CancellationException);
  }

  @Test
  void emptyInputCompletesAtOnceWithoutCalling() {
    Recorder<Integer, String> call = new Recorder<>();
    CompletableFuture<List<String>> mapped = Gather.map(List.of(), call);
    assertEquals(List.of(), mapped.getNow(null));
    assertEquals(List.of(), call.inputs);
  }

  @Test
  void nullInputsArePassedToTheCall() {
    CompletableFuture<List<String>> mapped =
        Gather.map(Arrays.asList("a", null), s -> CompletableFuture.completedFuture(s + "!"));
    assertEquals(List.of("a!", "null!"), value(mapped));
  }

  @Test
  void aCallThatReturnsTheSameFutureForEveryInput() {
    CompletableFuture<String> shared = new CompletableFuture<>();
    CompletableFuture<List<String>> mapped = Gather.map(List.of(1, 2, 3), i -> shared);
    shared.complete("same");
    assertEquals(List.of("same", "same", "same"), value(mapped));

    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<List<String>> failed = Gather.map(List.of(1, 2), 1, i -> failing);
    IOException boom = new IOException("boom");
    failing.completeExceptionally(boom);
    assertSame(boom, failure(failed));
    assertEquals(0, boom.getSuppressed().length);
  }

  @Test
  void aCallThatThrowsFailsTheResultCancelsTheStartedOnesAndCallsNoMore() {
    Recorder<Integer, String> recorder = new Recorder<>();
    IllegalArgumentException boom = new IllegalArgumentException("bad input 3");
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of(1, 2, 3, 4),
            i -> {
              if (i == 3) {
                throw boom;
              }
              return recorder.apply(i);
            });

    assertSame(boom, failure(mapped));
    assertEquals(List.of(1, 2), recorder.inputs);
    assertTrue(recorder.stages.stream().allMatch(CompletableFuture::isCancelled));
  }

  @Test
  void aCallThatReturnsNullFailsTheResultNamingTheInput() {
    CompletableFuture<List<String>> mapped =
        Gather.map(List.of(1, 2), i -> i == 2 ? null : new CompletableFuture<String>());
    NullPointerException npe = failure(mapped, NullPointerException.class);
    assertEquals("call returned null for inputs[1]", npe.getMessage());
  }

  @Test
  void aFailingStageFailsFastAndInterruptsTheOtherCalls() {
    List<Blocker<String>> blockers = Collections.synchronizedList(new ArrayList<>());
    IOException boom = new IOException("boom");
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of("a", "b", "fail"),
            s -> {
              if (s.equals("fail")) {
                return CompletableFuture.<String>failedFuture(boom);
              }
              Blocker<String> blocker = Blocker.started(s);
              blockers.add(blocker);
              return blocker.future;
            });

    assertSame(boom, failure(mapped));
    assertEquals(2, blockers.size());
    blockers.forEach(Blocker::assertInterrupted);
  }

  @Test
  void anExecutorThatRejectsTheCallFailsTheResultAndNoMoreCallsAreMade() {
    Executor full =
        task -> {
          throw new RejectedExecutionException("queue full");
        };
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withExecutor(full));
    AtomicInteger calls = new AtomicInteger();

    CompletableFuture<List<Integer>> mapped =
        Gather.map(
            List.of(1, 2, 3),
            i -> {
              calls.incrementAndGet();
              return dispatcher.call("Job.run", () -> i);
            });

    RejectedExecutionException rejected = failure(mapped, RejectedExecutionException.class);
    assertEquals("queue full", rejected.getMessage());
    assertEquals(1, calls.get());
  }

  @Test
  void aCallThatThrowsRejectedExecutionExceptionItselfFailsTheResult() {
    Executor full =
        task -> {
          throw new RejectedExecutionException("queue full");
        };
    CompletableFuture<String> started = new CompletableFuture<>();
    CompletableFuture<List<String>> mapped =
        Gather.map(
            List.of(1, 2),
            i -> i == 1 ? started : CompletableFuture.supplyAsync(() -> "never", full));

    assertEquals("queue full", failure(mapped, RejectedExecutionException.class).getMessage());
    assertTrue(started.isCancelled());
  }

  @Test
  void cancellingTheResultCancelsEveryCall() {
    List<Blocker<Integer>> blockers = new ArrayList<>();
    CompletableFuture<List<Integer>> mapped =
        Gather.map(
            List.of(1, 2),
            i -> {
              Blocker<Integer> blocker = Blocker.started(i);
              blockers.add(blocker);
              return blocker.future;
            });

    mapped.cancel(true);

    blockers.forEach(Blocker::assertInterrupted);
  }

  @Test
  void tenThousandInputsWithStagesCompletedAlready() {
    List<Integer> inputs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      inputs.add(i);
    }
    List<Integer> values = value(Gather.map(inputs, i -> CompletableFuture.completedFuture(i * 2)));
    assertEquals(10_000, values.size());
    assertEquals(19_998, values.get(9_999));
  }

  @Test
  void completesOnTheThreadThatCompletedTheLastStage() {
    Recorder<Integer, Integer> call = new Recorder<>();
    CompletableFuture<List<Integer>> mapped = Gather.map(List.of(1, 2), call);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen =
        mapped.thenRun(() -> thread.set(Thread.currentThread().getName()));

    call.stages.get(0).complete(1);
    onThread("last-stage", () -> call.stages.get(1).complete(2));

    value(seen);
    assertEquals("last-stage", thread.get());
  }

  @Test
  void cancelRacingCompletionAlwaysEndsConsistently() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 2_000; round++) {
        Recorder<Integer, Integer> call = new Recorder<>();
        CompletableFuture<List<Integer>> mapped = Gather.map(List.of(round), call);
        int value = round;
        TestFutures.race(
            completer,
            () -> call.stages.get(0).complete(value),
            () -> mapped.cancel(true));

        assertTrue(mapped.isDone(), "round " + round);
        if (call.stages.get(0).isCancelled()) {
          assertTrue(mapped.isCancelled(), "round " + round);
        }
        if (!mapped.isCancelled()) {
          assertEquals(List.of(value), mapped.join(), "round " + round);
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("inputs", () -> Gather.map(null, i -> new CompletableFuture<String>()));
    assertNpe("call", () -> Gather.map(List.of(1), null));
  }
}
