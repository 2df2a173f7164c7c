package dev.asyncgen;

import static dev.asyncgen.GatherAllTest.incomplete;
import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GatherRaceTest {

  @Test
  void theFirstToSucceedWinsAndTheOthersAreCancelled() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    CompletableFuture<String> race = Gather.race(inputs);

    inputs.get(2).complete("c");

    assertEquals("c", value(race));
    assertTrue(inputs.get(0).isCancelled());
    assertTrue(inputs.get(1).isCancelled());
  }

  @Test
  void theFirstToFailWinsWithItsOriginalExceptionAndTheOthersAreCancelled() {
    Blocker<String> slow = Blocker.started("slow");
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> race = Gather.race(List.of(slow.future, source.thenApply(s -> s)));
    IOException boom = new IOException("boom");

    source.completeExceptionally(boom);

    assertSame(boom, failure(race));
    slow.assertInterrupted();
  }

  @Test
  void emptyInputIsRefusedAtCallTime() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Gather.race(List.of()));
    assertTrue(thrown.getMessage().contains("stages"), thrown.getMessage());
  }

  @Test
  void amongInputsSettledAlreadyTheFirstGivenWins() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IOException boom = new IOException("boom");
    CompletableFuture<String> race =
        Gather.race(
            List.of(
                pending,
                CompletableFuture.failedFuture(boom),
                CompletableFuture.completedFuture("c")));

    assertTrue(race.isDone());
    assertSame(boom, failure(race));
    assertTrue(pending.isCancelled());
  }

  @Test
  void anInputCancelledAlreadyCancelsTheRace() {
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);
    CompletableFuture<String> pending = new CompletableFuture<>();

    CompletableFuture<String> race = Gather.race(List.of(cancelled, pending));

    assertTrue(race.isCancelled());
    assertTrue(pending.isCancelled());
  }

  @Test
  void theSameFutureTwice() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> race = Gather.race(List.of(input, input));
    input.complete("x");
    assertEquals("x", value(race));
    assertFalse(input.isCancelled());
  }

  @Test
  void laterOutcomesAreIgnored() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<String> slowSource = new CompletableFuture<>();
    // Cannot be cancelled, so it really settles after the race is decided.
    CompletableFuture<String> race =
        Gather.race(List.of(inputs.get(0), slowSource.minimalCompletionStage()));

    inputs.get(0).complete("first");
    slowSource.completeExceptionally(new IOException("late"));

    assertEquals("first", value(race));
  }

  @Test
  void cancellingTheRaceCancelsTheInputs() {
    Blocker<String> blocker = Blocker.started("x");
    CompletableFuture<String> race = Gather.race(List.of(blocker.future));

    race.cancel(true);

    blocker.assertInterrupted();
    assertTrue(blocker.future.isCancelled());
  }

  @Test
  void completesOnTheThreadOfTheWinner() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<String> race = Gather.race(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen =
        race.handle((v, f) -> null).thenRun(() -> thread.set(Thread.currentThread().getName()));

    onThread("first-to-fail", () -> inputs.get(0).completeExceptionally(new IOException("x")));

    value(seen);
    assertEquals("first-to-fail", thread.get());
  }

  @Test
  void tenThousandInputs() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<Integer> race = Gather.race(inputs);

    inputs.get(9_999).complete(9_999);

    assertEquals(9_999, value(race));
    assertEquals(9_999, inputs.stream().filter(CompletableFuture::isCancelled).count());
  }

  @Test
  void cancelRacingCompletionAlwaysEndsConsistently() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 3_000; round++) {
        CompletableFuture<Integer> input = new CompletableFuture<>();
        CompletableFuture<Integer> race = Gather.race(List.of(input));
        int value = round;
        TestFutures.race(
            completer,
            () -> input.complete(value),
            () -> race.cancel(true));

        assertTrue(race.isDone(), "round " + round);
        if (input.isCancelled()) {
          assertTrue(race.isCancelled(), "round " + round);
        }
        if (!race.isCancelled()) {
          assertEquals(value, race.join(), "round " + round);
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stages", () -> Gather.race(null));
    assertNpe("stages[1]", () -> Gather.race(Arrays.asList(new CompletableFuture<String>(), null)));
  }
}
