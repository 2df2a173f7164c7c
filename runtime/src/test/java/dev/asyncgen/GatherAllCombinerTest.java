package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The typed forms of {@link Gather#all}: two to five stages of different types and a combiner. */
class GatherAllCombinerTest {

  record User(String name) {}

  record Report(User user, int orders) {}

  @Test
  void combinesTwoStagesOfDifferentTypes() {
    CompletableFuture<User> user = new CompletableFuture<>();
    CompletableFuture<Integer> orders = new CompletableFuture<>();
    CompletableFuture<Report> report = Gather.all(user, orders, Report::new);

    orders.complete(3);
    assertFalse(report.isDone());
    user.complete(new User("ada"));

    assertEquals(new Report(new User("ada"), 3), value(report));
  }

  @Test
  void combinesThreeFourAndFiveStages() {
    CompletableFuture<String> s = completedFuture("s");
    CompletableFuture<Integer> i = completedFuture(1);
    CompletableFuture<Long> l = completedFuture(2L);
    CompletableFuture<Character> c = completedFuture('c');
    CompletableFuture<Boolean> b = completedFuture(true);

    assertEquals("s12", value(Gather.all(s, i, l, (x, y, z) -> x + y + z)));
    assertEquals("s12c", value(Gather.all(s, i, l, c, (x, y, z, w) -> x + y + z + w)));
    assertEquals(
        "s12ctrue", value(Gather.all(s, i, l, c, b, (x, y, z, w, v) -> x + y + z + w + v)));
  }

  @Test
  void theSameStageTwice() {
    CompletableFuture<Integer> input = new CompletableFuture<>();
    CompletableFuture<Integer> sum = Gather.all(input, input, Integer::sum);
    input.complete(21);
    assertEquals(42, value(sum));
  }

  @Test
  void aCombinerThatThrowsFailsTheResultWithItsException() {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> result =
        Gather.all(
            completedFuture(1),
            completedFuture(2),
            completedFuture(3),
            (x, y, z) -> {
              throw boom;
            });
    assertSame(boom, failure(result));
  }

  @Test
  void aFailingStageFailsFastCancelsTheOthersAndNeverCallsTheCombiner() {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> c = new CompletableFuture<>();
    CompletableFuture<String> d = new CompletableFuture<>();
    AtomicBoolean called = new AtomicBoolean();
    CompletableFuture<String> result =
        Gather.all(
            a,
            b,
            c,
            d,
            (w, x, y, z) -> {
              called.set(true);
              return w + x + y + z;
            });
    IOException boom = new IOException("boom");

    a.complete("a");
    c.completeExceptionally(boom);

    assertSame(boom, failure(result));
    assertTrue(b.isCancelled());
    assertTrue(d.isCancelled());
    assertFalse(called.get());
  }

  @Test
  void cancellingTheResultCancelsTheStagesAndInterruptsTheWork() {
    Blocker<String> blocker = Blocker.started("x");
    CompletableFuture<Integer> other = new CompletableFuture<>();
    CompletableFuture<String> result = Gather.all(blocker.future, other, (s, i) -> s + i);

    result.cancel(true);

    blocker.assertInterrupted();
    assertTrue(other.isCancelled());
  }

  @Test
  void theCombinerRunsOnTheThreadThatCompletedTheLastStage() {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<String> result =
        Gather.all(
            a,
            b,
            (x, y) -> {
              thread.set(Thread.currentThread().getName());
              return x + y;
            });

    a.complete("a");
    onThread("combiner-thread", () -> b.complete("b"));

    assertEquals("ab", value(result));
    assertEquals("combiner-thread", thread.get());
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    CompletableFuture<String> s = new CompletableFuture<>();
    assertNpe("a", () -> Gather.all(null, s, (x, y) -> x));
    assertNpe("b", () -> Gather.all(s, null, (x, y) -> x));
    assertNpe("combiner", () -> Gather.all(s, s, null));
    assertNpe("c", () -> Gather.all(s, s, null, (x, y, z) -> x));
    assertNpe("d", () -> Gather.all(s, s, s, null, (w, x, y, z) -> w));
    assertNpe("e", () -> Gather.all(s, s, s, s, null, (v, w, x, y, z) -> v));
    assertNpe(
        "combiner",
        () ->
            Gather.all(
                s, s, s, s, s, (Gather.Fn5<String, String, String, String, String, String>) null));
  }

  @Test
  void theCombinerIsNotRunOnceTheResultWasSettledFromOutside() {
    AtomicBoolean combined = new AtomicBoolean();
    CompletableFuture<Integer> a = new CompletableFuture<>();
    CompletableFuture<Integer> b = new CompletableFuture<>();
    // Stages the result cannot cancel, so their values still arrive after it was settled.
    CompletableFuture<Integer> cancelled =
        Gather.all(a.minimalCompletionStage(), b.minimalCompletionStage(), (x, y) -> {
          combined.set(true);
          return x + y;
        });
    CompletableFuture<Integer> completed =
        Gather.all(a.minimalCompletionStage(), b.minimalCompletionStage(), (x, y) -> {
          combined.set(true);
          return x + y;
        });

    cancelled.cancel(true);
    completed.complete(0);
    a.complete(1);
    b.complete(2);

    assertTrue(cancelled.isCancelled());
    assertEquals(0, value(completed));
    assertFalse(combined.get(), "the combiner ran for a result nobody could get");
  }
}
