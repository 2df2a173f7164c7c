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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GatherInCompletionOrderTest {

  @Test
  void theIthFutureCompletesWithTheIthInputToComplete() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(inputs);
    assertEquals(3, ordered.size());

    inputs.get(2).complete("c");
    assertEquals("c", value(ordered.get(0)));
    assertFalse(ordered.get(1).isDone());

    inputs.get(0).complete("a");
    assertEquals("a", value(ordered.get(1)));
    assertFalse(ordered.get(2).isDone());

    inputs.get(1).complete("b");
    assertEquals("b", value(ordered.get(2)));
  }

  @Test
  void failuresArriveInTheirPlaceUnwrapped() {
    List<CompletableFuture<String>> inputs = incomplete(2);
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(inputs);
    IOException boom = new IOException("boom");

    inputs
        .get(1)
        .completeExceptionally(new CompletionException(boom)); // as a dependent stage would
    inputs.get(0).complete("late");

    assertSame(boom, failure(ordered.get(0)));
    assertEquals("late", value(ordered.get(1)));
  }

  @Test
  void aCancelledInputCancelsItsFuture() {
    List<CompletableFuture<String>> inputs = incomplete(1);
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(inputs);
    inputs.get(0).cancel(true);
    assertTrue(ordered.get(0).isCancelled());
  }

  @Test
  void emptyInputGivesAnEmptyList() {
    assertEquals(List.of(), Gather.inCompletionOrder(List.of()));
  }

  @Test
  void inputsCompletedAlreadyComeFirstInInputOrder() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    List<CompletableFuture<String>> ordered =
        Gather.inCompletionOrder(
            List.of(
                pending,
                CompletableFuture.completedFuture("b"),
                CompletableFuture.completedFuture("c")));

    assertEquals("b", ordered.get(0).getNow(null));
    assertEquals("c", ordered.get(1).getNow(null));
    assertFalse(ordered.get(2).isDone());
    pending.complete("a");
    assertEquals("a", value(ordered.get(2)));
  }

  @Test
  void theSameFutureTwiceFillsTwoFutures() {
    CompletableFuture<String> input = new CompletableFuture<>();
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(List.of(input, input));
    input.complete("x");
    assertEquals("x", value(ordered.get(0)));
    assertEquals("x", value(ordered.get(1)));
  }

  @Test
  void cancellingAReturnedFutureLosesNoResultAndCancelsNoInput() {
    List<CompletableFuture<String>> inputs = incomplete(3);
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(inputs);

    ordered.get(0).cancel(true);
    inputs.get(1).complete("b");

    assertEquals("b", value(ordered.get(1)), "the result skips the cancelled future");
    assertFalse(inputs.get(0).isDone());
    assertFalse(inputs.get(2).isDone());
  }

  @Test
  void theReturnedListIsUnmodifiable() {
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(incomplete(1));
    assertThrows(UnsupportedOperationException.class, () -> ordered.add(new CompletableFuture<>()));
  }

  @Test
  void eachFutureCompletesOnTheThreadThatCompletedItsInput() {
    List<CompletableFuture<String>> inputs = incomplete(1);
    List<CompletableFuture<String>> ordered = Gather.inCompletionOrder(inputs);
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> seen =
        ordered.get(0).thenRun(() -> thread.set(Thread.currentThread().getName()));

    onThread("input-thread", () -> inputs.get(0).complete("a"));

    value(seen);
    assertEquals("input-thread", thread.get());
  }

  @Test
  void tenThousandInputsCompletedFromTwoThreadsAtOnceFillEveryFutureOnce() throws Exception {
    List<CompletableFuture<Integer>> inputs = incomplete(10_000);
    List<CompletableFuture<Integer>> ordered = Gather.inCompletionOrder(inputs);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int parity = t;
      Thread thread =
          new Thread(
              () -> {
                TestFutures.await(go, "go");
                for (int i = parity; i < inputs.size(); i += 2) {
                  inputs.get(i).complete(i);
                }
              });
      thread.start();
      threads.add(thread);
    }
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    Set<Integer> seen = new HashSet<>();
    for (CompletableFuture<Integer> future : ordered) {
      assertTrue(seen.add(value(future)), "a value delivered twice");
    }
    assertEquals(10_000, seen.size());
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertNpe("stages", () -> Gather.inCompletionOrder(null));
    assertNpe(
        "stages[2]",
        () ->
            Gather.inCompletionOrder(
                Arrays.asList(
                    new CompletableFuture<String>(), new CompletableFuture<String>(), null)));
  }
}
