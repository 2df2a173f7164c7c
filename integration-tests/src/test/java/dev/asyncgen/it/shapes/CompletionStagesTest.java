package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static dev.asyncgen.it.support.Futures.causeFromJoin;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Futures;
import dev.asyncgen.it.support.Signatures;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A sync method returning a CompletionStage gets a facade future that completes as that stage does;
 * cancelling the facade future cancels the stage.
 */
class CompletionStagesTest {

  /** Returns whatever stage the test put in {@link #next}. */
  static final class Impl implements Stages {
    final AtomicReference<CompletionStage<?>> next = new AtomicReference<>();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch proceed = new CountDownLatch(1);
    volatile boolean blockFirst;

    @SuppressWarnings("unchecked")
    private <T> T next() {
      return (T) next.get();
    }

    @Override
    public CompletionStage<String> stage(String key) {
      if (blockFirst) {
        entered.countDown();
        try {
          Futures.block(proceed);
        } catch (InterruptedException e) {
          // Ignores the interrupt, and returns its stage anyway.
        }
      }
      return next();
    }

    @Override
    public CompletableFuture<Integer> future(int value) {
      return CompletableFuture.completedFuture(value * 2);
    }

    @Override
    public MyFuture<String> custom(String value) {
      MyFuture<String> f = new MyFuture<>();
      f.complete(value + "!");
      return f;
    }

    @Override
    public CompletionStage<? extends Number> bounded() {
      return CompletableFuture.completedFuture(1.5);
    }

    @Override
    public CompletionStage<?> unbounded() {
      return CompletableFuture.completedFuture("any");
    }

    @Override
    public CompletionStage<Void> done() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public <S extends CompletionStage<String>> S passThrough(S stage) {
      return stage;
    }

    @Override
    public Future<String> legacy() {
      return CompletableFuture.completedFuture("legacy");
    }
  }

  private final Impl impl = new Impl();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final StagesAsync facade = StagesAsync.of(impl, executor);

  @AfterEach
  void shutDown() {
    executor.shutdownNow();
  }

  /**
   * Waits until every call handed to the single-thread executor so far has finished running,
   * including the facade's subscription to the stage it returned.
   */
  private void awaitCallsRun() {
    await(CompletableFuture.runAsync(() -> {}, executor));
  }

  @Test
  void theFacadeFutureCompletesWhenTheStageDoes() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    impl.next.set(pending);
    CompletableFuture<String> result = facade.stage("k");
    assertFalse(result.isDone(), "not done while the returned stage is pending");
    pending.complete("value");
    assertEquals("value", await(result));
  }

  @Test
  void flattenedResultsOfEveryKind() {
    CompletableFuture<Integer> future = facade.future(4);
    assertEquals(8, await(future));
    CompletableFuture<String> custom = facade.custom("c");
    assertEquals("c!", await(custom));
    CompletableFuture<Number> bounded = facade.bounded();
    assertEquals(1.5, await(bounded));
    CompletableFuture<Object> unbounded = facade.unbounded();
    assertEquals("any", await(unbounded));
    CompletableFuture<Void> done = facade.done();
    assertNull(await(done));
    CompletableFuture<String> passed = facade.passThrough(CompletableFuture.completedFuture("p"));
    assertEquals("p", await(passed));
    CompletableFuture<Future<String>> legacy = facade.legacy();
    assertTrue(await(legacy).isDone(), "a Future result is not flattened");
  }

  @Test
  void aFailedStageFailsTheFacadeFutureWithTheSameCause() {
    IOException failure = new IOException("stage failed");
    impl.next.set(CompletableFuture.failedFuture(failure));
    CompletableFuture<String> direct = facade.stage("k");
    assertSame(failure, causeFromGet(direct));
    assertSame(failure, causeFromJoin(direct));

    // A dependent stage holds its failure wrapped in a CompletionException; the user still sees
    // the original.
    CompletableFuture<String> source = new CompletableFuture<>();
    impl.next.set(source.thenApply(s -> s + "?"));
    CompletableFuture<String> dependent = facade.stage("k");
    source.completeExceptionally(failure);
    assertSame(failure, causeFromGet(dependent));
    assertSame(failure, causeFromJoin(dependent));
  }

  @Test
  void cancellingTheFacadeFutureCancelsTheReturnedStage() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    impl.next.set(pending);
    CompletableFuture<String> result = facade.stage("k");
    awaitCallsRun(); // the sync method has returned the stage; the facade future is pending
    assertFalse(result.isDone());
    assertTrue(result.cancel(true));
    assertTrue(result.isCancelled());
    assertTrue(pending.isCancelled(), "the stage the sync method returned is cancelled too");
  }

  @Test
  void cancellingWhileTheSyncMethodRunsCancelsTheStageItReturnsLater() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    impl.next.set(pending);
    impl.blockFirst = true;
    CompletableFuture<String> result = facade.stage("k");
    Futures.await(impl.entered, "the sync method started");
    assertTrue(result.cancel(true));
    impl.proceed.countDown();
    // The sync method ignores the interrupt and returns its stage; that stage gets cancelled.
    Futures.awaitDone(pending);
    assertTrue(pending.isCancelled());
  }

  /**
   * A read-only stage, as {@code minimalCompletionStage()} and {@code completedStage()} return,
   * cannot be cancelled: cancelling the facade future must still work, and not throw at the caller.
   */
  @Test
  void cancellingTheFacadeFutureOfAMinimalStage() {
    CompletableFuture<String> source = new CompletableFuture<>();
    impl.next.set(source.minimalCompletionStage());
    CompletableFuture<String> result = facade.stage("k");
    awaitCallsRun();
    assertFalse(result.isDone());
    boolean cancelled =
        assertDoesNotThrow(
            () -> result.cancel(true), "cancel(true) throws at the caller of a facade future");
    assertTrue(cancelled);
    assertTrue(result.isCancelled());
  }

  @Test
  void aMinimalStageCompletesTheFacadeFuture() {
    CompletableFuture<String> source = new CompletableFuture<>();
    impl.next.set(source.minimalCompletionStage());
    CompletableFuture<String> result = facade.stage("k");
    source.complete("minimal");
    assertEquals("minimal", await(result));
    impl.next.set(CompletableFuture.completedStage("completed"));
    assertEquals("completed", await(facade.stage("k")));
  }

  @Test
  void aNullStageGivesAFutureOfNullAsTheSyncCallerGetsNull() {
    // A cache's getIfPresent on a missing key: null, where a stage was expected.
    impl.next.set(null);
    assertNull(await(facade.stage("k")));
  }

  @Test
  void aStageFromASuperInterfaceTypeArgumentIsFlattened() throws Exception {
    CompletableFuture<String> loaded =
        StageLoaderAsync.of(() -> CompletableFuture.completedFuture("l")).load();
    assertEquals("l", await(loaded));
    assertEquals(
        List.of("load() -> CompletableFuture<String>"), Signatures.of(StageLoaderAsync.class));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(StagesAsync.class, Stages.class);
    assertEquals(
        List.of(
            "<S extends CompletionStage<String>> passThrough(S) -> CompletableFuture<String>",
            "bounded() -> CompletableFuture<Number>",
            "custom(String) -> CompletableFuture<String>",
            "done() -> CompletableFuture<Void>",
            "future(int) -> CompletableFuture<Integer>",
            "legacy() -> CompletableFuture<Future<String>>",
            "stage(String) -> CompletableFuture<String>",
            "unbounded() -> CompletableFuture<Object>"),
        Signatures.of(StagesAsync.class));
  }
}
