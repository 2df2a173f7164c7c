package dev.asyncgen;

import static dev.asyncgen.GatherAllTest.incomplete;
import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GatherSettledTest {

  @Test
  void givesEveryOutcomeInInputOrderAndNeverFails() {
    List<CompletableFuture<String>> inputs = incomplete(4);
    CompletableFuture<List<Outcome<String>>> settled = Gather.settled(inputs);
    IOException boom = new IOException("boom");

    inputs.get(2).completeExceptionally(boom);
    inputs.get(3).complete(null);
    inputs.get(0).complete("a");
    assertFalse(settled.isDone());
    inputs.get(1).cancel(true);

    List<Outcome<String>> outcomes = value(settled);
    assertEquals(new Outcome.Success<>("a"), outcomes.get(0));
    assertInstanceOf(
        CancellationException.class, ((Outcome.Failure<String>) outcomes.get(1)).cause());
    assertEquals(new Outcome.Failure<String>(boom), outcomes.get(2));
    assertEquals(new Outcome.Success<String>(null), outcomes.get(3));
    assertThrows(UnsupportedOperationException.class, () -> outcomes.remove(0));
  }

  @Test
  void failuresAreUnwrappedFromCompletionException() {
    CompletableFuture<String> source = new CompletableFuture<>();
    IOException boom = new IOException("boom");
    CompletableFuture<List<Outcome<String>>> settled =
        Gather.settled(List.of(source.thenApply(s -> s + "!")));

    source.completeExceptionally(boom);

    assertEquals(List.of(new Outcome.Failure<String>(boom)), value(settled));
  }

  @Test
  void emptyInputCompletesAtOnce() {
    CompletableFuture<List<Outcome<Object>>> settled = Gather.settled(List.of());
    assertTrue(settled.isDone());
    assertEquals(List.of(), settled.join());
  }

  @Test
  void inputsSettledAlreadyCompleteTheResultAtOnce() {
    IOException boom = new IOException("boom");
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(false);

    CompletableFuture<List<Outcome<String>>> settled =
        Gather.settled(
            List.of(
                CompletableFuture.completedFuture("a"),
                CompletableFuture.<String>failedFuture(boom),
                cancelled));

    assertTrue(settled.isDone());
    List<Outcome<String>> outcomes = settled.join();
    assertEquals(new Outcome.Success<>("a"), outcomes.get(0));
    assertEquals(new Outcome.Failure<String>(boom), outcomes.get(1));
    assertInstanceOf(
        CancellationException.class, ((Outcome.Failure<String>) outcomes.get(2)).cause());
  }

  @Test
  void theSameFutureTwiceGivesTwoOutcomes() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<List<Outcome<String>>> settled = Gather.settled(List.of(input, input));
    IOException boom = new IOException("boom");
    input.completeExceptionally(boom);
    assertEquals(
        List.of(new Outcome.Failure<String>(boom), new Outcome.Failure<String>(boom)),
        value(settled));
  }

  @Test
  void aFailureDoesNotCancelTheOthers() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<Outcome<String>>> settled = Gather.settled(inputs);

    inputs.get(0).completeExceptionally(new IOException("boom"));

    assertFalse(inputs.get(1).isDone());
    assertFalse(settled.isDone());
    inputs.get(1).complete("b");
    assertEquals(new Outcome.Success<>("b"), value(settled).get(1));
  }

  @Test
  void cancellingTheResultCancelsTheInputsAndInterruptsTheWork() {
    Blocker<String> blocker = Blocker.started("x");
    CompletableFuture<String> other = new CompletableFuture<>();
    CompletableFuture<List<Outcome<String>>> settled =
        Gather.settled(List.of(blocker.future, other));

    assertTrue(settled.cancel(true));

    blocker.assertInterrupted();
    assertTrue(other.isCancelled());
    assertTrue(settled.isCancelled());
  }

  @Test
  void completesOnTheThreadThatSettledTheLastInput() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<List<Outcome<String>>> settled = Gather.settled(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen =
        settled.thenRun(() -> thread.set(Thread.currentThread().getName()));

    inputs.get(0).complete("a");
    onThread("settler", () -> inputs.get(1).completeExceptionally(new IOException("late")));

    value(seen);
    assertEquals("settler", thread.get());
  }

  @Test
  void tenThousandInputs() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<List<Outcome<Integer>>> settled = Gather.settled(inputs);
    for (int i = inputs.size() - 1; i >= 0; i--) {
      if (i % 2 == 0) {
        inputs.get(i).complete(i);
      } else {
        inputs.get(i).completeExceptionally(new IOException("odd " + i));
      }
    }

    List<Outcome<Integer>> outcomes = value(settled);
    assertEquals(10_000, outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      assertEquals(i % 2 == 0, outcomes.get(i).isSuccess());
    }
    assertEquals(9_998, outcomes.get(9_998).valueOrThrow());
  }

  @Test
  void cancelRacingCompletionAlwaysEndsConsistently() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 3_000; round++) {
        CompletableFuture<Integer> input = new CompletableFuture<>();
        CompletableFuture<List<Outcome<Integer>>> settled = Gather.settled(List.of(input));
        int value = round;
        TestFutures.race(
            completer,
            () -> input.complete(value),
            () -> settled.cancel(true));

        assertTrue(settled.isDone(), "round " + round);
        if (input.isCancelled()) {
          assertTrue(settled.isCancelled(), "round " + round);
        }
        if (!settled.isCancelled()) {
          assertEquals(List.of(new Outcome.Success<>(value)), settled.join(), "round " + round);
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stages", () -> Gather.settled(null));
    assertNpe(
        "stages[1]", () -> Gather.settled(Arrays.asList(new CompletableFuture<String>(), null)));
  }

  @Test
  void outcomesReadWellWithInstanceofPatterns() {
    IOException boom = new IOException("boom");
    List<Outcome<String>> outcomes =
        value(
            Gather.settled(
                List.of(
                    CompletableFuture.completedFuture("ok"),
                    CompletableFuture.<String>failedFuture(boom))));

    StringBuilder seen = new StringBuilder();
    for (Outcome<String> outcome : outcomes) {
      if (outcome instanceof Outcome.Success<String> success) {
        seen.append(success.value());
      } else if (outcome instanceof Outcome.Failure<String> failure) {
        assertSame(boom, failure.cause());
        seen.append("!");
      }
    }
    assertEquals("ok!", seen.toString());
  }
}
