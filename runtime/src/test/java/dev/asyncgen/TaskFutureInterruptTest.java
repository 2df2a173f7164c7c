package dev.asyncgen;

import static dev.asyncgen.TestFutures.await;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interrupt a cancel delivers reaches the running call and never outlives it, whichever of
 * the call and the cancel settles the future: on a pooled thread, the next task must never start
 * interrupted.
 *
 * <p>The calls run on {@link OneWorker}, which, unlike {@code ThreadPoolExecutor}, does not clear
 * the interrupt status between tasks: a leaked interrupt reaches the next task and the probe sees
 * it.
 */
class TaskFutureInterruptTest {

  private final OneWorker worker = new OneWorker();
  private final Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withExecutor(worker));

  @AfterEach
  void shutDown() {
    worker.stop();
  }

  /** One thread running tasks in order, leaving its interrupt status as the last task left it. */
  private static final class OneWorker implements Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    OneWorker() {
      Thread thread =
          new Thread(
              () -> {
                while (!stopped) {
                  Runnable task = tasks.poll(); // poll, unlike take, ignores the interrupt status
                  if (task == null) {
                    LockSupport.parkNanos(10_000);
                  } else {
                    task.run();
                  }
                }
              },
              "one-worker");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void stop() {
      stopped = true;
    }
  }

  @Test
  void callsThatCompleteLeaveTheirThreadUninterrupted() {
    for (int i = 0; i < 1_000; i++) {
      int index = i;
      assertEquals(index, value(dispatcher.call("value", () -> index)));
      assertFalse(value(dispatcher.call("probe", Thread::interrupted)), "interrupted after call " + i);
    }
  }

  @Test
  void callsThatFailLeaveTheirThreadUninterrupted() {
    for (int i = 0; i < 1_000; i++) {
      CompletableFuture<Object> failed =
          dispatcher.call(
              "fail",
              () -> {
                throw new IllegalStateException("no");
              });
      TestFutures.failure(failed, IllegalStateException.class);
      assertFalse(value(dispatcher.call("probe", Thread::interrupted)), "interrupted after call " + i);
    }
  }

  @Test
  void cancelInterruptsTheRunningCall() {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    CompletableFuture<Void> call =
        dispatcher.run(
            "block",
            () -> {
              started.countDown();
              try {
                new CountDownLatch(1).await();
              } catch (InterruptedException e) {
                interrupted.set(true);
              }
            });
    await(started, "the call to start");
    assertTrue(call.cancel(true));
    assertFalse(value(dispatcher.call("probe", Thread::interrupted)), "the interrupt outlived the call");
    assertTrue(interrupted.get(), "the call was interrupted");
  }

  /**
   * Races {@code cancel(true)} against calls that end on their own, with random delays on both
   * sides, so that the cancel sometimes comes before the call starts, sometimes while it runs and
   * sometimes after it completed. After each, a probe on the same (only) pool thread must find it
   * uninterrupted; and the user sees one of two outcomes: {@code cancel} answered {@code true} and
   * the future holds the canceller's {@link CancellationException}, or it answered {@code false}
   * and the future holds the call's value. Both must have happened, or the race was not run.
   */
  @Test
  void cancelRacingTheEndOfACallNeverLeaksAnInterrupt() {
    List<Round> rounds = race(() -> 1);

    int cancelled = 0;
    for (Round round : rounds) {
      if (round.cancelAnswered()) {
        cancelled++;
        assertTrue(round.failure() instanceof CancellationException, round.toString());
      } else {
        assertEquals(1, round.value(), round.toString());
      }
    }
    assertWentBothWays(cancelled, rounds.size(), "cancelled", "completed");
  }

  /**
   * The same race, where the call itself ends with a {@link CancellationException}: then {@code
   * cancel(true)} answers {@code true} whoever won (the future is cancelled either way, as {@code
   * Future.cancel} promises), and it must still not interrupt a call that is no longer its own. What
   * tells the two apart is whose exception the future holds: the call's own, or the canceller's.
   */
  @Test
  void cancelRacingACallThatFailsWithCancellationNeverLeaksAnInterrupt() {
    List<Round> rounds =
        race(
            () -> {
              throw new CancellationException(CALLS_OWN);
            });

    int callsOwn = 0;
    for (Round round : rounds) {
      assertTrue(round.cancelAnswered(), "cancel(true) on a cancelled future: " + round);
      assertTrue(round.failure() instanceof CancellationException, round.toString());
      if (CALLS_OWN.equals(round.failure().getMessage())) {
        callsOwn++;
      }
    }
    assertWentBothWays(rounds.size() - callsOwn, rounds.size(), "cancelled", "ended by the call");
  }

  private static final String CALLS_OWN = "the call's own";

  /** One round of a race, as its user sees it: what cancel answered, and how the future ended. */
  private record Round(int index, boolean cancelAnswered, Object value, Throwable failure) {}

  private List<Round> race(BlockingCall<Integer> ending) {
    List<Round> rounds = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    for (int i = 0; i < 5_000 && System.nanoTime() < deadline; i++) {
      long callNanos = ThreadLocalRandom.current().nextLong(20_000);
      long cancelAfterNanos = ThreadLocalRandom.current().nextLong(50_000);
      CompletableFuture<Integer> call =
          dispatcher.call(
              "spin",
              () -> {
                spin(callNanos);
                return ending.call();
              });
      spin(cancelAfterNanos);
      boolean answered = call.cancel(true);
      Throwable failure = value(call.handle((v, f) -> f));
      rounds.add(new Round(i, answered, failure == null ? call.join() : null, failure));
      assertFalse(value(dispatcher.call("probe", Thread::interrupted)), "interrupted after race " + i);
    }
    return rounds;
  }

  private static void assertWentBothWays(int one, int all, String oneName, String otherName) {
    assertTrue(
        one > 0 && one < all,
        "the race went one way only: " + oneName + " " + one + ", " + otherName + " " + (all - one));
  }

  private static void spin(long nanos) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
