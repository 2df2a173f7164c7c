package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GatherAllTest {

  @Test
  void valuesComeInInputOrderWhateverTheCompletionOrder() {
    List<CompletableFuture<String>> inputs = incomplete(5);
    CompletableFuture<List<String>> all = Gather.all(inputs);

    for (int i : new int[] {3, 0, 4, 1}) {
      inputs.get(i).complete("v" + i);
      assertFalse(all.isDone(), "done before every input completed");
    }
    inputs.get(2).complete("v2");

    assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), value(all));
  }

  @Test
  void emptyInputCompletesAtOnceWithAnEmptyList() {
    CompletableFuture<List<Object>> all = Gather.all(List.of());
    assertTrue(all.isDone());
    assertEquals(List.of(), all.join());
  }

  @Test
  void alreadyCompletedInputsCompleteTheResultAtOnce() {
    CompletableFuture<List<Integer>> all =
        Gather.all(
            List.of(CompletableFuture.completedFuture(1), CompletableFuture.completedFuture(2)));
    assertTrue(all.isDone());
    assertEquals(List.of(1, 2), all.join());
  }

  @Test
  void nullValuesAreKeptAndTheListIsUnmodifiable() {
    List<String> values =
        value(
            Gather.all(
                List.of(
                    CompletableFuture.completedFuture("a"),
                    CompletableFuture.completedFuture((String) null))));
    assertEquals(Arrays.asList("a", null), values);
    assertThrows(UnsupportedOperationException.class, () -> values.set(0, "b"));
  }

  @Test
  void theSameFutureTwiceGivesItsValueTwice() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<List<String>> all = Gather.all(List.of(input, input));
    input.complete("x");
    assertEquals(List.of("x", "x"), value(all));
  }

  @Test
  void failsFastWithTheOriginalExceptionAndCancelsTheOthers() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    CompletableFuture<List<String>> all = Gather.all(inputs);
    IOException boom = new IOException("boom");

    inputs.get(1).completeExceptionally(boom);

    assertSame(boom, failure(all));
    assertTrue(inputs.get(0).isCancelled());
    assertTrue(inputs.get(2).isCancelled());
    assertEquals(0, boom.getSuppressed().length, "its own cancellations are not failures");
  }

  @Test
  void theFailureIsUnwrappedFromCompletionException() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> derived =
        source.thenApply(s -> s + "!"); // fails with CompletionException(boom)
    CompletableFuture<List<String>> all = Gather.all(List.of(derived));
    IllegalStateException boom = new IllegalStateException("boom");

    source.completeExceptionally(boom);

    assertSame(boom, failure(all));
  }

  @Test
  void anInputThatFailedAlreadyFailsTheResultAtOnceAndCancelsTheRest() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IOException boom = new IOException("boom");
    CompletableFuture<List<String>> all =
        Gather.all(List.of(pending, CompletableFuture.failedFuture(boom)));

    assertTrue(all.isDone());
    assertSame(boom, failure(all));
    assertTrue(pending.isCancelled());
  }

  @Test
  void anInputCancelledAlreadyCancelsTheResult() {
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);
    CompletableFuture<String> pending = new CompletableFuture<>();

    CompletableFuture<List<String>> all = Gather.all(List.of(pending, cancelled));

    assertTrue(all.isCancelled());
    assertTrue(pending.isCancelled());
  }

  @Test
  void severalFailuresAtOnceBecomeSuppressedExceptionsOfTheFirst() {
    IOException first = new IOException("first");
    IllegalStateException second = new IllegalStateException("second");
    Error third = new AssertionError("third");

    CompletableFuture<List<Object>> all =
        Gather.all(
            List.of(
                CompletableFuture.failedFuture(first),
                CompletableFuture.failedFuture(second),
                CompletableFuture.failedFuture(third)));

    assertSame(first, failure(all));
    assertArrayEquals(new Throwable[] {second, third}, first.getSuppressed());
  }

  @Test
  void laterFailuresAreSuppressedOnceEachWithoutTheCancellationsItCaused() {
    CompletableFuture<String> failsFirst = new CompletableFuture<>();
    CompletableFuture<String> cancelledByUs = new CompletableFuture<>();
    // minimalCompletionStage() cannot be cancelled: these keep running after the first failure.
    CompletableFuture<String> lateSource = new CompletableFuture<>();
    CompletionStage<String> late = lateSource.minimalCompletionStage();
    CompletableFuture<String> sameAsFirstSource = new CompletableFuture<>();
    CompletionStage<String> sameAsFirst = sameAsFirstSource.minimalCompletionStage();
    CompletableFuture<List<String>> all =
        Gather.all(List.of(failsFirst, cancelledByUs, late, late, sameAsFirst));
    IOException first = new IOException("first");
    IOException later = new IOException("later");

    failsFirst.completeExceptionally(first);
    assertSame(first, failure(all));
    lateSource.completeExceptionally(later); // arrives twice: the same stage was given twice
    sameAsFirstSource.completeExceptionally(first); // the first failure cannot suppress itself

    assertTrue(cancelledByUs.isCancelled());
    assertArrayEquals(new Throwable[] {later}, first.getSuppressed());
  }

  @Test
  void aCancellationTheAggregateDidNotCauseIsSuppressedToo() {
    CompletableFuture<String> failsFirst = new CompletableFuture<>();
    CompletableFuture<String> source = new CompletableFuture<>();
    // minimalCompletionStage() cannot be cancelled: the aggregate's cancel cannot reach it.
    CompletableFuture<List<String>> all =
        Gather.all(List.of(failsFirst, source.minimalCompletionStage()));
    IOException first = new IOException("first");

    failsFirst.completeExceptionally(first);
    assertSame(first, failure(all));
    source.cancel(true); // someone else's cancellation, arriving after the failure

    assertEquals(1, first.getSuppressed().length, "the cancellation someone else caused");
    assertTrue(first.getSuppressed()[0] instanceof CancellationException);
  }

  @Test
  void aCancellationTheAggregateCausedIsLeftOutAlsoWhenItArrivesThroughADerivedStage() {
    CompletableFuture<String> failsFirst = new CompletableFuture<>();
    CompletableFuture<String> cancelledByUs = new CompletableFuture<>();
    // Derived from an input the aggregate cancels, and not cancellable itself: it fails with the
    // very cancellation the aggregate caused.
    CompletionStage<String> derived = cancelledByUs.minimalCompletionStage();
    CompletableFuture<List<String>> all = Gather.all(List.of(failsFirst, cancelledByUs, derived));
    IOException first = new IOException("first");

    failsFirst.completeExceptionally(first);

    assertSame(first, failure(all));
    assertTrue(cancelledByUs.isCancelled());
    assertEquals(0, first.getSuppressed().length, "its own cancellations are not failures");
  }

  @Test
  void theSameFailingFutureTwiceReportsItsFailureOnce() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<List<String>> all = Gather.all(List.of(input, input));
    IOException boom = new IOException("boom");

    input.completeExceptionally(boom);

    assertSame(boom, failure(all));
    assertEquals(0, boom.getSuppressed().length);
  }

  @Test
  void cancellingTheResultCancelsTheInputs() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    inputs.get(0).complete("done");
    CompletableFuture<List<String>> all = Gather.all(inputs);

    assertTrue(all.cancel(true));

    assertTrue(all.isCancelled());
    assertFalse(inputs.get(0).isCancelled(), "a completed input stays completed");
    assertTrue(inputs.get(1).isCancelled());
    assertTrue(inputs.get(2).isCancelled());
  }

  @Test
  void completingTheResultFromOutsideCancelsTheInputs() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<String>> all = Gather.all(inputs);

    assertTrue(all.complete(List.of("fallback")));

    assertEquals(List.of("fallback"), all.join());
    assertTrue(inputs.get(0).isCancelled());
    assertTrue(inputs.get(1).isCancelled());
  }

  @Test
  void theInputsAreCancelledBeforeDependentsOfTheResultRun() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<String>> all = Gather.all(inputs);
    AtomicBoolean otherCancelledFirst = new AtomicBoolean();
    all.whenComplete((value, failure) -> otherCancelledFirst.set(inputs.get(1).isCancelled()));

    inputs.get(0).completeExceptionally(new IOException("boom"));

    assertTrue(otherCancelledFirst.get());
  }

  @Test
  void aFailureInterruptsTheBlockingCallsStillRunning() {
    Blocker<String> blocker = Blocker.started("never");
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<List<String>> all = Gather.all(List.of(blocker.future, failing));

    failing.completeExceptionally(new IOException("boom"));

    blocker.assertInterrupted();
    assertTrue(blocker.future.isCancelled());
    assertTrue(failure(all) instanceof IOException);
  }

  @Test
  void cancellingTheResultInterruptsTheBlockingCalls() {
    Blocker<String> one = Blocker.started("one");
    Blocker<String> two = Blocker.started("two");
    CompletableFuture<List<String>> all = Gather.all(List.of(one.future, two.future));

    all.cancel(true);

    one.assertInterrupted();
    two.assertInterrupted();
  }

  @Test
  void completesOnTheThreadThatCompletedTheLastInput() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<String>> all = Gather.all(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen = all.thenRun(() -> thread.set(Thread.currentThread().getName()));

    inputs.get(1).complete("b");
    onThread("last-completer", () -> inputs.get(0).complete("a"));

    value(seen);
    assertEquals("last-completer", thread.get());
  }

  @Test
  void failsOnTheThreadThatCompletedTheFirstFailingInput() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<String>> all = Gather.all(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen =
        all.handle((v, f) -> null).thenRun(() -> thread.set(Thread.currentThread().getName()));

    onThread("failer", () -> inputs.get(1).completeExceptionally(new IOException("boom")));

    value(seen);
    assertEquals("failer", thread.get());
  }

  @Test
  void tenThousandInputsCompletedInReverseOrder() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<List<Integer>> all = Gather.all(inputs);

    for (int i = inputs.size() - 1; i >= 0; i--) {
      inputs.get(i).complete(i);
    }

    List<Integer> values = value(all);
    assertEquals(10_000, values.size());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(i, values.get(i));
    }
  }

  @Test
  void tenThousandInputsWhereTheFirstFailsCancelsAllTheOthers() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<List<Integer>> all = Gather.all(inputs);
    IOException boom = new IOException("boom");

    inputs.get(0).completeExceptionally(boom);

    assertSame(boom, failure(all));
    assertTrue(inputs.stream().skip(1).allMatch(CompletableFuture::isCancelled));
  }

  @Test
  void tenThousandNestedLevelsOfDerivedStagesDoNotOverflow() {
    // Each input is the previous one's dependent: completing the root completes them all.
    CompletableFuture<Integer> root = new CompletableFuture<>();
    List<CompletableFuture<Integer>> inputs = new ArrayList<>();
    CompletableFuture<Integer> previous = root;
    for (int i = 0; i < 10_000; i++) {
      previous = previous.thenApply(x -> x + 1);
      inputs.add(previous);
    }
    CompletableFuture<List<Integer>> all = Gather.all(inputs);

    root.complete(0);

    assertEquals(10_000, value(all).get(9_999));
  }

  @Test
  void cancelRacingCompletionAlwaysEndsConsistently() throws Exception {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 3_000; round++) {
        CompletableFuture<Integer> input = new CompletableFuture<>();
        CompletableFuture<List<Integer>> all =
            Gather.all(List.of(input, CompletableFuture.completedFuture(-1)));
        int value = round;
        boolean fail = round % 2 == 1;
        IOException boom = new IOException("boom " + round);
        TestFutures.race(
            completer,
            () -> {
              if (fail) {
                input.completeExceptionally(boom);
              } else {
                input.complete(value);
              }
            },
            () -> all.cancel(true));

        assertTrue(all.isDone(), "round " + round);
        if (input.isCancelled()) {
          assertTrue(
              all.isCancelled(), "an input is only cancelled for the result, round " + round);
        }
        if (all.isCancelled()) {
          continue;
        }
        if (fail) {
          assertSame(boom, failure(all), "round " + round);
          assertEquals(0, boom.getSuppressed().length, "round " + round);
        } else {
          assertEquals(List.of(value, -1), all.join(), "round " + round);
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stages", () -> Gather.all(null));
    assertNpe(
        "stages[3]",
        () ->
            Gather.all(
                Arrays.asList(
                    new CompletableFuture<String>(),
                    new CompletableFuture<String>(),
                    new CompletableFuture<String>(),
                    null)));
  }

  @Test
  void cancellingAResultThatFailedAlreadyDoesNothing() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<List<String>> all = Gather.all(List.of(input));
    IOException boom = new IOException("boom");
    input.completeExceptionally(boom);

    assertFalse(all.cancel(true));
    assertSame(boom, failure(all));
  }

  @Test
  void aCancelledResultThrowsCancellationExceptionWhenJoined() {
    CompletableFuture<List<String>> all = Gather.all(List.of(new CompletableFuture<String>()));
    all.cancel(true);
    assertThrows(CancellationException.class, all::join);
  }

  static <T> List<CompletableFuture<T>> incomplete(int count) {
    List<CompletableFuture<T>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      futures.add(new CompletableFuture<>());
    }
    return futures;
  }
}
