package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Stages#map}, {@link Stages#compose}, {@link Stages#recover} and {@link Stages#shield}. */
class StagesTest {

  @Test
  void mapGivesTheMappedValue() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> length = Stages.map(source, String::length);
    assertFalse(length.isDone());
    source.complete("four");
    assertEquals(4, value(length));
  }

  @Test
  void mapPassesTheOriginalFailureOnAndTheMapperIsNotCalled() {
    IOException boom = new IOException("boom");
    AtomicReference<Object> called = new AtomicReference<>();
    CompletableFuture<Integer> mapped =
        Stages.map(CompletableFuture.<String>failedFuture(boom), v -> {
          called.set(v);
          return 1;
        });
    assertSame(boom, failure(mapped));
    assertNull(called.get());
  }

  @Test
  void aFailureWrappedByADependentStageArrivesUnwrapped() {
    IOException boom = new IOException("boom");
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> dependent = source.thenApply(v -> v); // fails with a CompletionException
    CompletableFuture<Integer> mapped = Stages.map(dependent, String::length);
    source.completeExceptionally(boom);
    assertSame(boom, failure(mapped));
  }

  @Test
  void aMapperThatThrowsFailsTheResultWithItsException() {
    IllegalStateException thrown = new IllegalStateException("mapper");
    CompletableFuture<Integer> mapped =
        Stages.map(CompletableFuture.completedFuture("x"), v -> {
          throw thrown;
        });
    assertSame(thrown, failure(mapped));
  }

  @Test
  void cancellingTheMappedFutureInterruptsTheCallBehindTheSource() {
    Blocker<String> call = Blocker.started("page");
    CompletableFuture<Integer> length = Stages.map(call.future, String::length);

    assertTrue(length.cancel(true));

    call.assertInterrupted();
    assertTrue(call.future.isCancelled());
  }

  @Test
  void theJdksThenApplyDoesNotReachTheCall() throws InterruptedException {
    // The gap Stages.map closes, shown on the same call.
    Blocker<String> call = Blocker.started("page");
    call.future.thenApply(String::length).cancel(true);
    call.assertNotInterrupted();
    assertFalse(call.future.isDone());
    call.release();
    assertEquals("page", value(call.future));
  }

  @Test
  void aChainOfMapsCarriesTheCancelAllTheWayBack() {
    Blocker<String> call = Blocker.started("page");
    CompletableFuture<String> chain =
        Stages.map(Stages.map(Stages.map(call.future, String::length), n -> n * 2), String::valueOf);
    chain.cancel(true);
    call.assertInterrupted();
  }

  @Test
  void everyWayOfSettlingTheMappedFutureFromOutsideCancelsTheSource() {
    CompletableFuture<String> completed = new CompletableFuture<>();
    Stages.map(completed, String::length).complete(0);
    assertTrue(completed.isCancelled(), "complete");

    CompletableFuture<String> failed = new CompletableFuture<>();
    Stages.map(failed, String::length).completeExceptionally(new IOException());
    assertTrue(failed.isCancelled(), "completeExceptionally");

    CompletableFuture<String> timedOut = new CompletableFuture<>();
    CompletableFuture<Integer> withJdkTimeout =
        Stages.map(timedOut, String::length).orTimeout(1, TimeUnit.MILLISECONDS);
    failure(withJdkTimeout, TimeoutException.class);
    assertTrue(timedOut.isCancelled(), "orTimeout");

    CompletableFuture<String> completedAsync = new CompletableFuture<>();
    CompletableFuture<Integer> async = Stages.map(completedAsync, String::length);
    assertEquals(0, value(async.completeAsync(() -> 0)));
    assertTrue(completedAsync.isCancelled(), "completeAsync");

    CompletableFuture<String> obtruded = new CompletableFuture<>();
    Stages.map(obtruded, String::length).obtrudeException(new IOException());
    assertTrue(obtruded.isCancelled(), "obtrudeException");
  }

  @Test
  void aCancelledSourceCancelsTheMappedFuture() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Stages.map(source, String::length);
    source.cancel(true);
    assertTrue(mapped.isCancelled());
  }

  @Test
  void aSourceThatCannotBeCancelledIsLeftAlone() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Stages.map(source.minimalCompletionStage(), String::length);
    assertTrue(mapped.cancel(true));
    assertFalse(source.isDone());
  }

  @Test
  void composeFollowsTheNextStage() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<Integer> second = new CompletableFuture<>();
    CompletableFuture<Integer> composed = Stages.compose(first, v -> second);
    first.complete("x");
    assertFalse(composed.isDone());
    second.complete(7);
    assertEquals(7, value(composed));
  }

  @Test
  void cancellingAComposedFutureStopsTheChainWhereverItIs() {
    Blocker<String> first = Blocker.started("id");
    CompletableFuture<String> whileFirstRuns = Stages.compose(first.future, v -> Blocker.start(v).future);
    whileFirstRuns.cancel(true);
    first.assertInterrupted();

    AtomicReference<Blocker<String>> second = new AtomicReference<>();
    CompletableFuture<String> whileSecondRuns =
        Stages.compose(
            CompletableFuture.completedFuture("id"),
            v -> {
              second.set(Blocker.start(v));
              return second.get().future;
            });
    second.get().awaitStarted();
    whileSecondRuns.cancel(true);
    second.get().assertInterrupted();
  }

  @Test
  void composePassesFailuresOnAsTheyAre() {
    IOException first = new IOException("first");
    assertSame(
        first,
        failure(Stages.compose(CompletableFuture.<String>failedFuture(first), v -> new CompletableFuture<String>())));

    IOException second = new IOException("second");
    assertSame(
        second,
        failure(Stages.compose(CompletableFuture.completedFuture("x"), v -> CompletableFuture.<String>failedFuture(second))));

    IllegalStateException thrown = new IllegalStateException("next");
    assertSame(
        thrown,
        failure(Stages.compose(CompletableFuture.completedFuture("x"), v -> {
          throw thrown;
        })));
  }

  @Test
  void composeWithAFunctionReturningNullFailsWithAMessage() {
    NullPointerException npe =
        failure(
            Stages.compose(CompletableFuture.completedFuture("x"), v -> null),
            NullPointerException.class);
    assertEquals("the function returned null instead of a CompletionStage", npe.getMessage());
  }

  @Test
  void recoverTurnsTheNamedFailureIntoAValue() {
    CompletableFuture<String> failed = CompletableFuture.failedFuture(new IOException("missing"));
    assertEquals("missing", value(Stages.recover(failed, IOException.class, Throwable::getMessage)));
  }

  @Test
  void recoverPassesOtherFailuresAndValuesOn() {
    IllegalStateException other = new IllegalStateException();
    assertSame(
        other,
        failure(Stages.recover(CompletableFuture.<String>failedFuture(other), IOException.class, e -> "no")));
    assertEquals(
        "yes",
        value(Stages.recover(CompletableFuture.completedFuture("yes"), IOException.class, e -> "no")));
  }

  @Test
  void recoverSeesThroughACompletionExceptionAndAHandlerThatThrowsFails() {
    CompletableFuture<String> source = new CompletableFuture<>();
    UncheckedIOException rethrown = new UncheckedIOException(new IOException());
    CompletableFuture<String> recovered =
        Stages.recover(source.thenApply(v -> v), IOException.class, e -> {
          throw rethrown;
        });
    source.completeExceptionally(new IOException());
    assertSame(rethrown, failure(recovered));
  }

  @Test
  void cancellingTheRecoveredFutureInterruptsTheCall() {
    Blocker<String> call = Blocker.started("x");
    Stages.recover(call.future, IOException.class, e -> "fallback").cancel(true);
    call.assertInterrupted();
  }

  @Test
  void aShieldSettlesAsItsStageDoes() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> shield = Stages.shield(source);
    source.complete("v");
    assertEquals("v", value(shield));

    IOException boom = new IOException();
    assertSame(boom, failure(Stages.shield(CompletableFuture.failedFuture(boom))));
  }

  @Test
  void cancellingAShieldDoesNotReachTheWork() throws InterruptedException {
    Blocker<String> write = Blocker.started("written");
    CompletableFuture<String> shield = Stages.shield(write.future);

    assertTrue(shield.cancel(true));
    shield.complete("ignored");
    shield.completeExceptionally(new IOException());

    write.assertNotInterrupted();
    write.release();
    assertEquals("written", value(write.future));
    assertTrue(shield.isCancelled());
  }

  @Test
  void aShieldedInputSurvivesTheGatherThatCancelsTheRest() throws InterruptedException {
    Blocker<String> write = Blocker.started("written");
    Blocker<String> read = Blocker.started("read");
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<List<String>> all =
        Gather.all(List.of(Stages.shield(write.future), read.future, failing));

    failing.completeExceptionally(new IOException());

    failure(all, IOException.class);
    read.assertInterrupted();
    write.assertNotInterrupted();
    write.release();
    assertEquals("written", value(write.future));
  }

  @Test
  void nullArgumentsAreNamed() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    assertNpe("stage", () -> Stages.map(null, v -> v));
    assertNpe("mapper", () -> Stages.map(stage, null));
    assertNpe("next", () -> Stages.compose(stage, null));
    assertNpe("type", () -> Stages.recover(stage, null, e -> ""));
    assertNpe("handler", () -> Stages.recover(stage, IOException.class, null));
    assertNpe("stage", () -> Stages.shield(null));
  }

  @Test
  void aCancelledSourceFailsTheMappedFutureWithACancellation() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Stages.map(source, String::length);
    source.cancel(false);
    failure(mapped, CancellationException.class);
    // and never a CompletionException around it
    assertFalse(failure(mapped) instanceof CompletionException);
  }
}
