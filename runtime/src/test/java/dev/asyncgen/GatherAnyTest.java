package dev.asyncgen;

import static dev.asyncgen.GatherAllTest.incomplete;
import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

class GatherAnyTest {

  @Test
  void theFirstSuccessWinsAndTheOthersAreCancelled() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    CompletableFuture<String> any = Gather.any(inputs);

    inputs.get(1).complete("b");

    assertEquals("b", value(any));
    assertTrue(inputs.get(0).isCancelled());
    assertTrue(inputs.get(2).isCancelled());
  }

  @Test
  void failuresDoNotDecideWhileAStageMaySucceed() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    CompletableFuture<String> any = Gather.any(inputs);

    inputs.get(0).completeExceptionally(new IOException("a"));
    inputs.get(2).completeExceptionally(new IOException("c"));
    assertFalse(any.isDone());
    inputs.get(1).complete("b");

    assertEquals("b", value(any));
  }

  @Test
  void whenAllFailItFailsWithEveryCauseInInputOrder() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    CompletableFuture<String> any = Gather.any(inputs);
    IOException a = new IOException("a");
    IllegalStateException b = new IllegalStateException("b");
    IOException c = new IOException("c");

    inputs.get(2).completeExceptionally(c);
    inputs.get(0).completeExceptionally(a);
    CompletableFuture<String> source = new CompletableFuture<>();
    source.completeExceptionally(b);
    source
        .thenApply(x -> x)
        .whenComplete((x, f) -> inputs.get(1).completeExceptionally(f)); // wrapped

    AllFailedException all = failure(any, AllFailedException.class);
    assertEquals(List.of(a, b, c), all.causes());
    assertArrayEquals(new Throwable[] {a, b, c}, all.getSuppressed());
    assertNull(all.getCause());
    assertTrue(all.getMessage().contains("all 3 stages failed"), all.getMessage());
  }

  @Test
  void emptyInputFailsAtOnce() {
    CompletableFuture<Object> any = Gather.any(List.of());
    assertTrue(any.isDone());
    AllFailedException failure = failure(any, AllFailedException.class);
    assertEquals(List.of(), failure.causes());
  }

  @Test
  void anInputThatSucceededAlreadyWinsAtOnce() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> any =
        Gather.any(
            List.of(
                CompletableFuture.failedFuture(new IOException("a")),
                pending,
                CompletableFuture.completedFuture("c")));
    assertTrue(any.isDone());
    assertEquals("c", any.join());
    assertTrue(pending.isCancelled());
  }

  @Test
  void aCancelledInputCountsAsAFailure() {
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);
    IOException boom = new IOException("boom");

    CompletableFuture<String> any =
        Gather.any(List.of(cancelled, CompletableFuture.failedFuture(boom)));

    AllFailedException failure = failure(any, AllFailedException.class);
    assertInstanceOf(CancellationException.class, failure.causes().get(0));
    assertSame(boom, failure.causes().get(1));
  }

  @Test
  void theSameFailingFutureTwiceIsOneCausePerInputButSuppressedOnce() {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<String> any = Gather.any(List.of(input, input));
    IOException boom = new IOException("boom");

    input.completeExceptionally(boom);

    AllFailedException failure = failure(any, AllFailedException.class);
    assertEquals(List.of(boom, boom), failure.causes());
    assertArrayEquals(new Throwable[] {boom}, failure.getSuppressed());
  }

  @Test
  void theLosersBlockingCallsAreInterrupted() {
    Blocker<String> loser = Blocker.started("loser");
    CompletableFuture<String> winner = new CompletableFuture<>();
    CompletableFuture<String> any = Gather.any(List.of(loser.future, winner));

    winner.complete("winner");

    assertEquals("winner", value(any));
    loser.assertInterrupted();
  }

  @Test
  void cancellingTheResultCancelsTheInputs() {
    Blocker<String> blocker = Blocker.started("x");
    CompletableFuture<String> other = new CompletableFuture<>();
    CompletableFuture<String> any = Gather.any(List.of(blocker.future, other));

    any.cancel(true);

    blocker.assertInterrupted();
    assertTrue(other.isCancelled());
  }

  @Test
  void completesOnTheThreadOfTheWinner() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    CompletableFuture<String> any = Gather.any(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen = any.thenRun(() -> thread.set(Thread.currentThread().getName()));

    onThread("winner-thread", () -> inputs.get(1).complete("b"));

    value(seen);
    assertEquals("winner-thread", thread.get());
  }

  @Test
  void tenThousandFailuresMakeOneException() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<Integer> any = Gather.any(inputs);
    for (int i = inputs.size() - 1; i >= 0; i--) {
      inputs.get(i).completeExceptionally(new IOException("#" + i));
    }

    AllFailedException failure = failure(any, AllFailedException.class);
    assertEquals(10_000, failure.causes().size());
    assertEquals("#9999", failure.causes().get(9_999).getMessage());
    assertEquals(10_000, failure.getSuppressed().length);
  }

  @Test
  void tenThousandInputsWhereOneSucceedsCancelsTheRest() {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    CompletableFuture<Integer> any = Gather.any(inputs);

    inputs.get(5_000).complete(5_000);

    assertEquals(5_000, value(any));
    assertEquals(9_999, inputs.stream().filter(CompletableFuture::isCancelled).count());
  }

  @Test
  void twoStagesSettlingAtOnceGiveOneConsistentOutcome() {
    ExecutorService completer = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 3_000; round++) {
        CompletableFuture<String> succeeds = new CompletableFuture<>();
        CompletableFuture<String> fails = new CompletableFuture<>();
        CompletableFuture<String> any = Gather.any(List.of(succeeds, fails));
        boolean cancel = round % 2 == 0;
        TestFutures.race(
            completer,
            () -> fails.completeExceptionally(new IOException("boom")),
            () -> cancel ? any.cancel(true) : succeeds.complete("ok"));

        assertTrue(any.isDone(), "round " + round);
        if (cancel) {
          assertTrue(any.isCancelled(), "round " + round);
          assertTrue(succeeds.isCancelled(), "round " + round);
        } else {
          assertEquals("ok", any.join(), "a failure must not decide while another can succeed");
        }
      }
    } finally {
      completer.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stages", () -> Gather.any(null));
    assertNpe("stages[0]", () -> Gather.any(Arrays.asList((CompletableFuture<String>) null)));
  }
}
