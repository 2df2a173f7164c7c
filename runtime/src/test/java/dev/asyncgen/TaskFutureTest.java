package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task future's promise: settling it from outside stops the work, and nothing leaks. */
class TaskFutureTest {

  private final ExecutorService single = Executors.newSingleThreadExecutor();

  @AfterEach
  void shutDown() {
    single.shutdownNow();
  }

  /** A task that blocks until interrupted or released, and says which. */
  private static final class Blocker {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final AtomicBoolean finishedNormally = new AtomicBoolean();

    TaskFuture<String> task() {
      return new TaskFuture<>(
          () -> {
            started.countDown();
            try {
              release.await();
              finishedNormally.set(true);
              return "released";
            } catch (InterruptedException e) {
              interrupted.countDown();
              throw e;
            }
          },
          false,
          null);
    }
  }

  @Test
  void cancelWithInterruptInterruptsTheRunningCall() throws Exception {
    Blocker blocker = new Blocker();
    TaskFuture<String> task = blocker.task();
    single.execute(task);
    assertTrue(blocker.started.await(10, TimeUnit.SECONDS));

    assertTrue(task.cancel(true));

    assertTrue(blocker.interrupted.await(10, TimeUnit.SECONDS));
    assertThrows(CancellationException.class, task::join);
  }

  @Test
  void cancelWithoutInterruptLetsTheRunningCallFinishButItsResultIsDropped() throws Exception {
    Blocker blocker = new Blocker();
    TaskFuture<String> task = blocker.task();
    single.execute(task);
    assertTrue(blocker.started.await(10, TimeUnit.SECONDS));

    assertTrue(task.cancel(false));
    blocker.release.countDown();

    assertEquals("after", single.submit(() -> "after").get(10, TimeUnit.SECONDS));
    assertTrue(blocker.finishedNormally.get());
    assertTrue(task.isCancelled());
  }

  @Test
  void aTaskCancelledBeforeItStartsNeverRuns() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Blocker occupant = new Blocker();
    single.execute(occupant.task());
    assertTrue(occupant.started.await(10, TimeUnit.SECONDS));
    TaskFuture<Integer> queued = new TaskFuture<>(runs::incrementAndGet, false, null);
    single.execute(queued);

    queued.cancel(false);
    occupant.release.countDown();

    assertEquals("after", single.submit(() -> "after").get(10, TimeUnit.SECONDS));
    assertEquals(0, runs.get());
  }

  @Test
  void completingFromOutsideAndTheJdksOwnOrTimeoutInterruptTheCall() throws Exception {
    Blocker completed = new Blocker();
    TaskFuture<String> task = completed.task();
    single.execute(task);
    assertTrue(completed.started.await(10, TimeUnit.SECONDS));
    task.complete("from outside");
    assertTrue(completed.interrupted.await(10, TimeUnit.SECONDS));
    assertEquals("from outside", task.join());

    Blocker timed = new Blocker();
    TaskFuture<String> timing = timed.task();
    single.execute(timing);
    timing.orTimeout(50, TimeUnit.MILLISECONDS);
    assertTrue(timed.interrupted.await(10, TimeUnit.SECONDS));
    ExecutionException failure = assertThrows(ExecutionException.class, () -> timing.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());
  }

  @Test
  void anInterruptMeantForOneCallNeverReachesTheNextTaskOnThePooledThread() throws Exception {
    // Cancels race the end of each call; whichever wins, the next task must start uninterrupted.
    AtomicInteger leaked = new AtomicInteger();
    for (int i = 0; i < 5_000; i++) {
      TaskFuture<Integer> task = new TaskFuture<>(() -> 1, false, null);
      single.execute(task);
      task.cancel(true);
      single.execute(
          () -> {
            if (Thread.currentThread().isInterrupted()) {
              leaked.incrementAndGet();
            }
          });
    }
    single.submit(() -> null).get(30, TimeUnit.SECONDS);
    assertEquals(0, leaked.get());
  }

  @Test
  void theSyncMethodsOwnExceptionIsTheCause() {
    IllegalStateException own = new IllegalStateException("own");
    TaskFuture<Object> task = new TaskFuture<>(() -> { throw own; }, false, null);
    task.run();

    ExecutionException failure = assertThrows(ExecutionException.class, task::get);
    assertSame(own, failure.getCause());
  }

  @Test
  void aTaskRunsOnceEvenIfAFaultyExecutorRunsItTwice() {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger afterRuns = new AtomicInteger();
    TaskHooks countRuns =
        new TaskHooks() {
          @Override
          public void settled(TaskFuture<?> task, Throwable failure) {}

          @Override
          public void ran() {
            afterRuns.incrementAndGet();
          }
        };
    TaskFuture<Integer> task = new TaskFuture<>(runs::incrementAndGet, false, countRuns);
    task.run();
    task.run();

    assertEquals(1, runs.get());
    assertEquals(1, afterRuns.get());
    assertEquals(1, task.join());
  }

  @Test
  void aRelayedStageIsCancelledWithTheTask() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    TaskFuture<String> task = new TaskFuture<>(() -> stage, true, null);
    task.run();
    assertFalse(task.isDone());

    task.cancel(true);

    assertTrue(stage.isCancelled());
  }

  @Test
  void aRelayedStageCompletesTheTaskWithItsOwnOutcome() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    TaskFuture<String> task = new TaskFuture<>(() -> stage.thenApply(s -> s + "!"), true, null);
    task.run();
    IllegalArgumentException own = new IllegalArgumentException("own");

    stage.completeExceptionally(own);

    ExecutionException failure = assertThrows(ExecutionException.class, task::get);
    assertSame(own, failure.getCause(), "unwrapped from the dependent stage's CompletionException");
  }

  @Test
  void aNullStageCompletesTheTaskWithNullAsTheSyncCallerWouldGetNull() throws Exception {
    TaskFuture<String> task = new TaskFuture<>(() -> null, true, null);
    task.run();

    assertTrue(task.isDone());
    assertEquals(null, task.get());
  }
}
