package dev.asyncgen;

import static dev.asyncgen.TestFutures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.ScopeTest.Forks;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Scope}: leaving by an exception, by the caller's interrupt, by the deadline, nested. */
class ScopeExitTest {

  @Test
  void anExceptionThrownInsideTheBlockCancelsWhatRunsAndCloseWaitsForIt() {
    Forks work = new Forks();
    Blocker<String> facadeCall = Blocker.started("facade");
    IllegalArgumentException own = new IllegalArgumentException("the block's own");
    AtomicReference<CompletableFuture<String>> lambda = new AtomicReference<>();

    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> {
          try (Scope scope = Scope.open()) {
            scope.fork(facadeCall.future);
            lambda.set(scope.fork(work.returning("never")));
            work.awaitStarted(1);
            throw own;
          }
        });

    assertSame(own, thrown);
    facadeCall.assertInterrupted();
    assertTrue(lambda.get().isCancelled());
    work.assertNoneRunning();
    // close() said what it did, and Java attached it to the block's exception
    assertEquals(1, thrown.getSuppressed().length);
    assertTrue(thrown.getSuppressed()[0].getMessage().contains("2 fork(s) still running were cancelled"));
  }

  @Test
  void closeWaitsForAForkThatTakesItsTimeToStopAfterTheInterrupt() {
    AtomicBoolean bodyRunning = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    long stopsAfterNanos = TimeUnit.MILLISECONDS.toNanos(200);
    assertThrows(IllegalStateException.class, () -> {
      try (Scope scope = Scope.open()) {
        scope.fork(() -> {
          bodyRunning.set(true);
          started.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            long until = System.nanoTime() + stopsAfterNanos;
            while (System.nanoTime() < until) {
              Thread.onSpinWait(); // cleaning up, deaf to further interrupts
            }
          } finally {
            bodyRunning.set(false);
          }
        });
        await(started, "the fork");
        throw new IllegalStateException("leave");
      }
    });
    assertFalse(bodyRunning.get(), "the fork's body ran on after the block");
  }

  @Test
  void theCallersInterruptDuringJoinCancelsTheForksAndIsKept() throws InterruptedException {
    Forks work = new Forks();
    Blocker<String> facadeCall = Blocker.started("facade");
    Thread owner = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      work.awaitStarted(1);
      owner.interrupt();
    });
    AsyncException thrown;
    try (Scope scope = Scope.open()) {
      scope.fork(facadeCall.future);
      scope.fork(work.returning("never"));
      interrupter.start();
      thrown = assertThrows(AsyncException.class, scope::join);
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is set again");
    } finally {
      boolean wasInterrupted = Thread.interrupted(); // leave JUnit's thread clean
      interrupter.join();
      assertTrue(wasInterrupted);
    }
    assertInstanceOf(InterruptedException.class, thrown.getCause());
    assertEquals("interrupted while joining the scope; its forks were cancelled", thrown.getMessage());
    facadeCall.assertInterrupted();
    assertEquals(1, work.interrupted());
    work.assertNoneRunning();
  }

  @Test
  void theCallersInterruptWhileAwaitingAForkLeavesTheBlockAndCancelsTheRest()
      throws InterruptedException {
    Forks work = new Forks();
    Blocker<String> facadeCall = Blocker.started("facade");
    Thread owner = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      work.awaitStarted(1);
      owner.interrupt();
    });
    try {
      AsyncException thrown = assertThrows(AsyncException.class, () -> {
        try (Scope scope = Scope.open()) {
          CompletableFuture<String> awaited = scope.fork(work.returning("never"));
          scope.fork(facadeCall.future);
          interrupter.start();
          Await.await(awaited);
        }
      });
      assertInstanceOf(InterruptedException.class, thrown.getCause());
    } finally {
      assertTrue(Thread.interrupted());
      interrupter.join();
    }
    facadeCall.assertInterrupted();
    work.assertNoneRunning();
  }

  @Test
  void theDeadlineCancelsTheForksAndJoinThrowsATimeout() {
    Forks work = new Forks();
    Blocker<String> facadeCall = Blocker.started("facade");
    TimeoutException timeout;
    try (Scope scope = Scope.open(Duration.ofMillis(100))) {
      scope.fork(facadeCall.future);
      scope.fork(work.returning("never"));
      timeout = assertThrows(TimeoutException.class, () -> scope.join(TimeoutException.class));
      CompletableFuture<String> late = scope.fork(new CompletableFuture<String>());
      assertTrue(late.isCancelled(), "a fork after the deadline is cancelled at once");
    }
    assertEquals("scope timed out after 100ms", timeout.getMessage());
    facadeCall.assertInterrupted();
    assertEquals(1, work.interrupted());
    work.assertNoneRunning();
  }

  @Test
  void withoutAClassTheDeadlineComesWrappedByAwaitsRule() {
    try (Scope scope = Scope.open(Duration.ZERO)) {
      scope.fork(new CompletableFuture<String>());
      AsyncException thrown = assertThrows(AsyncException.class, scope::join);
      assertInstanceOf(TimeoutException.class, thrown.getCause());
    }
  }

  @Test
  void aScopeThatEndsInTimeIsNotTouchedByItsDeadline() {
    try (Scope scope = Scope.open(Duration.ofSeconds(20))) {
      CompletableFuture<String> quick = scope.fork(() -> "quick");
      scope.join();
      assertEquals("quick", quick.join());
    }
  }

  @Test
  void theOuterDeadlineCancelsTheInnerScopeOnTheSameThread() {
    Forks work = new Forks();
    CancellationException innerFailure;
    TimeoutException outerFailure;
    try (Scope outer = Scope.open(Duration.ofMillis(100))) {
      try (Scope inner = Scope.open()) {
        inner.fork(work.returning("never"));
        innerFailure = assertThrows(CancellationException.class, inner::join);
      }
      outerFailure = assertThrows(TimeoutException.class, () -> outer.join(TimeoutException.class));
    }
    assertEquals("the enclosing scope was cancelled", innerFailure.getMessage());
    assertSame(outerFailure, innerFailure.getCause());
    assertEquals(1, work.interrupted());
    work.assertNoneRunning();
  }

  @Test
  void aFailureInTheOuterScopeCancelsAScopeNestedInOneOfItsForks() {
    Forks work = new Forks();
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> failing = new CompletableFuture<>();
    AtomicReference<Throwable> innerJoin = new AtomicReference<>();
    try (Scope outer = Scope.open()) {
      outer.fork(() -> {
        try (Scope inner = Scope.open()) {
          inner.fork(work.returning("never"));
          inner.fork(work.returning("never"));
          try {
            inner.join();
          } catch (RuntimeException e) {
            innerJoin.set(e);
            throw e;
          }
        }
        return "unreachable";
      });
      outer.fork(failing);
      work.awaitStarted(2);
      failing.completeExceptionally(boom);
      assertSame(boom, assertThrows(IllegalStateException.class, outer::join));
    }
    assertEquals(2, work.interrupted());
    work.assertNoneRunning();
    // The inner join was cancelled with the outer scope, or interrupted with its fork: either way
    // it learned of it at once.
    assertTrue(
        innerJoin.get() instanceof CancellationException || innerJoin.get() instanceof AsyncException,
        String.valueOf(innerJoin.get()));
  }

  @Test
  void anInnerFailureFailsTheOuterScopeThroughTheForkThatRanIt() {
    IllegalStateException boom = new IllegalStateException("inner");
    Blocker<String> sibling = Blocker.started("sibling");
    try (Scope outer = Scope.open()) {
      outer.fork(sibling.future);
      outer.fork(() -> {
        try (Scope inner = Scope.open()) {
          inner.fork(() -> {
            throw boom;
          });
          inner.join();
        }
        return "unreachable";
      });
      assertSame(boom, assertThrows(IllegalStateException.class, outer::join));
    }
    sibling.assertInterrupted();
  }

  @Test
  void closingAScopeWithANestedOneStillOpenCancelsAndClosesItToo() {
    Forks work = new Forks();
    Scope outer = Scope.open();
    Scope inner = Scope.open();
    CompletableFuture<String> innerFork = inner.fork(work.returning("never"));
    work.awaitStarted(1);

    IllegalStateException misuse = assertThrows(IllegalStateException.class, outer::close);

    assertTrue(misuse.getMessage().startsWith("Scope closed while 1 scope(s) opened inside it were still open"));
    assertTrue(innerFork.isCancelled());
    work.assertNoneRunning();
    inner.close(); // already closed by the outer one: nothing to do
    try (Scope next = Scope.open()) {
      assertFalse(next.toString().contains("cancelled"), "the thread has no scope left open");
      next.fork(() -> "fresh").join();
      next.join();
    }
  }
}
