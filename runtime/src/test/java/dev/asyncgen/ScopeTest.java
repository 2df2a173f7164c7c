package dev.asyncgen;

import static dev.asyncgen.TestFutures.await;
import static dev.asyncgen.TestFutures.onThread;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Scope}: every way out of the block, and that nothing forked runs after it. {@link
 * ScopeExitTest} has the exits by exception, interrupt, deadline and nesting.
 */
class ScopeTest {

  @Test
  void joinWaitsForEveryKindOfForkAndTheirValuesAreThere() {
    Blocker<String> facadeCall = Blocker.started("facade");
    CompletableFuture<String> plain = new CompletableFuture<>();
    CompletableFuture<String> minimal = new CompletableFuture<>();
    Forks work = new Forks();
    CompletableFuture<String> a;
    CompletableFuture<String> b;
    CompletableFuture<String> c;
    CompletableFuture<String> d;
    CompletableFuture<Void> e;
    try (Scope scope = Scope.open()) {
      a = scope.fork(facadeCall.future);
      b = scope.fork(plain);
      c = scope.fork(minimal.minimalCompletionStage());
      d = scope.fork(work.returning("lambda"));
      e = scope.fork(() -> {
        work.returning("runnable").call();
      });
      assertSame(facadeCall.future, a, "a CompletableFuture is forked as itself");

      onThread("completer", () -> {
        facadeCall.release();
        plain.complete("plain");
        minimal.complete("minimal");
        work.release();
      });
      scope.join();
      assertTrue(a.isDone() && b.isDone() && c.isDone() && d.isDone() && e.isDone());
    }
    assertEquals(List.of("facade", "plain", "minimal", "lambda"), List.of(a.join(), b.join(), c.join(), d.join()));
    assertNull(e.join());
    work.assertNoneRunning();
  }

  @Test
  void anEmptyScopeOpensAndClosesQuietly() {
    try (Scope scope = Scope.open()) {
      scope.join();
    }
    Scope.open().close(); // no fork and no join: nothing to wait for, nothing to report
  }

  @Test
  void theFirstFailureCancelsAndInterruptsTheSiblingsAndJoinThrowsIt() {
    IllegalStateException boom = new IllegalStateException("boom");
    Blocker<String> sibling = Blocker.started("sibling");
    Forks work = new Forks();
    CompletableFuture<String> lambdaSibling;
    try (Scope scope = Scope.open()) {
      scope.fork(sibling.future);
      lambdaSibling = scope.fork(work.returning("never"));
      work.awaitStarted(1);
      scope.fork(() -> {
        throw boom;
      });
      assertSame(boom, assertThrows(IllegalStateException.class, scope::join));
    }
    sibling.assertInterrupted();
    assertTrue(lambdaSibling.isCancelled());
    assertEquals(1, work.interrupted());
    work.assertNoneRunning();
  }

  @Test
  void laterFailuresAreSuppressedOnceEachAndTheCancellationsAreNot() {
    IOException first = new IOException("first");
    IllegalStateException second = new IllegalStateException("second");
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> c = new CompletableFuture<>();
    try (Scope scope = Scope.open()) {
      scope.fork(a);
      scope.fork(b);
      scope.fork(c);
      a.completeExceptionally(first);
      assertTrue(c.isCancelled(), "the first failure cancels the others at once");
      // b was cancelled too; a failure that still arrives from elsewhere is kept
      scope.fork(CompletableFuture.failedFuture(second));
      scope.fork(CompletableFuture.failedFuture(second));
      AsyncException thrown = assertThrows(AsyncException.class, scope::join);
      assertSame(first, thrown.getCause(), "a checked failure comes wrapped, by Await's rule");
    }
    assertEquals(List.of(second), List.of(first.getSuppressed()));
  }

  @Test
  void joinWithAClassThrowsTheCheckedFailureAsItself() {
    IOException boom = new IOException("boom");
    try (Scope scope = Scope.open()) {
      scope.fork(() -> {
        throw boom;
      });
      assertSame(boom, assertThrows(IOException.class, () -> scope.join(IOException.class)));
    }
  }

  @Test
  void aCancelledForkIsNotAFailureOfTheScope() {
    Blocker<String> cancelled = Blocker.started("cancelled");
    CompletableFuture<String> other = new CompletableFuture<>();
    try (Scope scope = Scope.open()) {
      scope.fork(cancelled.future).cancel(true);
      scope.fork(other);
      assertFalse(other.isDone(), "cancelling one fork leaves the others alone");
      other.complete("done");
      scope.join();
    }
    cancelled.assertInterrupted();
    assertEquals("done", value(other));
  }

  @Test
  void tenThousandForksAreAllWaitedForAndNothingRunsAfterTheBlock() {
    Forks work = new Forks();
    List<CompletableFuture<Integer>> futures = new java.util.ArrayList<>();
    List<CompletableFuture<Integer>> stages = new java.util.ArrayList<>();
    try (Scope scope = Scope.open()) {
      for (int i = 0; i < 10_000; i++) {
        int n = i;
        futures.add(scope.fork(() -> work.counted(() -> n)));
        CompletableFuture<Integer> stage = new CompletableFuture<>();
        stages.add(scope.fork(stage));
      }
      onThread("completer", () -> {
        for (int i = 0; i < stages.size(); i++) {
          stages.get(i).complete(i);
        }
      });
      scope.join();
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, futures.get(i).getNow(-1));
      assertEquals(i, stages.get(i).getNow(-1));
    }
    assertEquals(10_000, work.finished());
    work.assertNoneRunning();
  }

  @Test
  void forksMayComeFromInsideForksAndAreWaitedFor() {
    Forks work = new Forks();
    AtomicReference<CompletableFuture<String>> inner = new AtomicReference<>();
    try (Scope scope = Scope.open()) {
      scope.fork(() -> {
        inner.set(scope.fork(work.returning("inner")));
        return "outer";
      });
      work.awaitStarted(1);
      work.release();
      scope.join();
    }
    assertEquals("inner", inner.get().getNow("not done"));
    work.assertNoneRunning();
  }

  @Test
  void aForkOfAClosedScopeIsRefusedAndTheStageCancelled() {
    Scope closed = Scope.open();
    closed.close();
    CompletableFuture<String> stage = new CompletableFuture<>();
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> closed.fork(stage));
    assertTrue(refused.getMessage().startsWith("the scope is closed"), refused.getMessage());
    assertTrue(stage.isCancelled());
    assertThrows(IllegalStateException.class, () -> closed.fork(() -> "x"));
    closed.close(); // a second close does nothing
  }

  @Test
  void onlyTheOwnerJoinsOrCloses() {
    try (Scope scope = Scope.open()) {
      AtomicReference<Throwable> joined = new AtomicReference<>();
      AtomicReference<Throwable> closed = new AtomicReference<>();
      onThread("intruder", () -> {
        joined.set(assertThrows(IllegalStateException.class, scope::join));
        closed.set(assertThrows(IllegalStateException.class, scope::close));
      });
      assertTrue(
          joined.get().getMessage().contains("only the thread that opened the scope"),
          joined.get().getMessage());
      assertTrue(closed.get().getMessage().startsWith("Scope.close() called on thread intruder"));
      scope.join();
    }
  }

  @Test
  void optionsRunTheLambdaForksAsAFacadeWould() {
    List<CallEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    AsyncOptions options = AsyncOptions.defaults().withListener(events::add);
    try (Scope scope = Scope.open(options)) {
      scope.fork(() -> "x");
      scope.join();
    }
    assertEquals(1, events.size());
    assertEquals("Scope.fork", events.get(0).method());
    assertEquals(CallEvent.Status.SUCCESS, events.get(0).status());
  }

  @Test
  void awaitingEachForkWithoutJoinIsFineWhenNothingIsLeft() {
    try (Scope scope = Scope.open()) {
      CompletableFuture<String> a = scope.fork(() -> "a");
      CompletableFuture<String> b = scope.fork(() -> "b");
      assertEquals("ab", Await.await(a) + Await.await(b));
    }
  }

  @Test
  void aFailureNoJoinReportedIsTheCauseOfCloseError() {
    IllegalStateException boom = new IllegalStateException("boom");
    Scope scope = Scope.open();
    CompletableFuture<String> failed = scope.fork(CompletableFuture.failedFuture(boom));
    assertTrue(failed.isCompletedExceptionally());
    IllegalStateException misuse = assertThrows(IllegalStateException.class, scope::close);
    assertSame(boom, misuse.getCause());
    assertTrue(misuse.getMessage().startsWith("Scope closed without join() after its last fork, and the scope failed"));
  }

  @Test
  void forgettingJoinCancelsWhatStillRunsAndSaysSo() {
    Forks work = new Forks();
    CompletableFuture<String> running;
    Scope scope = Scope.open();
    running = scope.fork(work.returning("never"));
    work.awaitStarted(1);
    IllegalStateException misuse = assertThrows(IllegalStateException.class, scope::close);
    assertEquals(
        "Scope closed without join() after its last fork: 1 fork(s) still running were cancelled."
            + " End the try block with scope.join() to wait for them (if the block threw, this is"
            + " expected)",
        misuse.getMessage());
    assertTrue(running.isCancelled());
    work.assertNoneRunning();
  }

  @Test
  void aShieldedForkIsWaitedForButNotCancelled() throws InterruptedException {
    Blocker<String> write = Blocker.started("written");
    CompletableFuture<String> failing = new CompletableFuture<>();
    CountDownLatch joined = new CountDownLatch(1);
    try (Scope scope = Scope.open()) {
      scope.fork(Stages.shield(write.future));
      scope.fork(failing);
      failing.completeExceptionally(new IllegalStateException());
      write.assertNotInterrupted();
      onThread("releaser", write::release);
      assertThrows(IllegalStateException.class, scope::join);
      joined.countDown();
    }
    await(joined, "join");
    assertEquals("written", value(write.future));
  }

  /** Lambda forks that count themselves while they run, and can be held until released. */
  static final class Forks {
    private final java.util.concurrent.atomic.AtomicInteger live = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger interrupted = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.Semaphore started = new java.util.concurrent.Semaphore(0);
    private final CountDownLatch release = new CountDownLatch(1);

    /** A body that waits to be released, then returns {@code value}. */
    <T> BlockingCall<T> returning(T value) {
      return () -> counted(() -> {
        started.release();
        try {
          release.await();
          return value;
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw e;
        }
      });
    }

    /** Runs {@code body}, counted as live meanwhile. */
    <T> T counted(BlockingCall<T> body) throws Throwable {
      live.incrementAndGet();
      try {
        return body.call();
      } finally {
        finished.incrementAndGet();
        live.decrementAndGet();
      }
    }

    void awaitStarted(int bodies) {
      try {
        if (!started.tryAcquire(bodies, TestFutures.WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
          fail("the forks did not start");
        }
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    void release() {
      release.countDown();
    }

    int interrupted() {
      return interrupted.get();
    }

    int finished() {
      return finished.get();
    }

    /** The point of a scope: once it is closed, no body it started is still running. */
    void assertNoneRunning() {
      assertEquals(0, live.get(), "fork bodies still running after the scope closed");
    }
  }

  @Test
  void joinAfterCloseIsRefused() {
    Scope scope = Scope.open();
    scope.close();
    assertInstanceOf(IllegalStateException.class, assertThrows(RuntimeException.class, scope::join));
  }

  @Test
  void aCancelledScopeCancelsForksMadeAfterwardsAtOnce() {
    try (Scope scope = Scope.open()) {
      scope.fork(CompletableFuture.failedFuture(new IllegalStateException()));
      CompletableFuture<String> late = scope.fork(new CompletableFuture<String>());
      assertTrue(late.isCancelled());
      AtomicReference<Boolean> ran = new AtomicReference<>(false);
      CompletableFuture<Object> lateLambda = scope.fork(() -> ran.getAndSet(true));
      assertThrows(IllegalStateException.class, scope::join);
      assertTrue(lateLambda.isCancelled());
      assertFalse(ran.get(), "a fork of a cancelled scope never runs");
    }
  }

  @Test
  void forkingTheSameStageTwiceCountsItOnce() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    try (Scope scope = Scope.open()) {
      scope.fork(stage);
      scope.fork(stage);
      stage.complete("x");
      scope.join();
      assertEquals("forks=1, unsettled=0, running=0", scope.toString().replaceAll(".*\\{owner=[^,]*, (.*)}", "$1"));
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    try (Scope scope = Scope.open()) {
      TestFutures.assertNpe("stage", () -> scope.fork((CompletableFuture<String>) null));
      TestFutures.assertNpe("call", () -> scope.fork((BlockingCall<String>) null));
      TestFutures.assertNpe("call", () -> scope.fork((BlockingRunnable) null));
      TestFutures.assertNpe("checked", () -> scope.join(null));
    }
    TestFutures.assertNpe("timeout", () -> Scope.open((java.time.Duration) null));
  }

  @Test
  void aCancellationExceptionFromTheBlockIsJustAnotherException() {
    CancellationException own = new CancellationException("own");
    assertSame(
        own,
        assertThrows(CancellationException.class, () -> {
          try (Scope scope = Scope.open()) {
            scope.fork(() -> "x");
            scope.join();
            throw own;
          }
        }));
  }
}
