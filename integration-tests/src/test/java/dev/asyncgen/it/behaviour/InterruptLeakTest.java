package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Futures;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * An interrupt sent by cancel(true) never outlives the call it was meant for: thousands of cancels
 * racing the start and the end of a call on a single pooled thread, each followed by a call that
 * checks it starts un-interrupted.
 */
class InterruptLeakTest {

  private static final int MIN_ITERATIONS = 2_000;
  private static final int MAX_ITERATIONS = 30_000;
  private static final long MAX_NANOS = 8_000_000_000L;

  /** How often each outcome must have happened for the race to count as exercised. */
  private static final int MIN_EACH_OUTCOME = 10;

  /**
   * One thread running tasks back to back that never touches the interrupt flag between them
   * (ThreadPoolExecutor clears it before each task, which would hide a leak). A flag still set when
   * it goes back to its queue makes {@code take()} throw: counted as a leak.
   */
  static final class BareThreadExecutor implements Executor, AutoCloseable {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread worker = new Thread(this::work, "bare-worker");
    final AtomicInteger interruptedBetweenTasks = new AtomicInteger();
    private volatile boolean closed;

    BareThreadExecutor() {
      worker.setDaemon(true);
      worker.start();
    }

    private void work() {
      while (!closed) {
        Runnable task;
        try {
          task = queue.take();
        } catch (InterruptedException e) {
          if (!closed) {
            interruptedBetweenTasks.incrementAndGet();
          }
          continue;
        }
        task.run();
      }
    }

    @Override
    public void execute(Runnable task) {
      queue.add(task);
    }

    @Override
    public void close() {
      closed = true;
      worker.interrupt();
    }
  }

  @Test
  void noLeakOnABareThread() {
    try (BareThreadExecutor executor = new BareThreadExecutor()) {
      Outcomes outcomes = race(ServiceAsync.of(new Service.Direct(), executor), 42L);
      assertEquals(
          0,
          executor.interruptedBetweenTasks.get(),
          "interrupt flags left set between tasks; " + outcomes);
    }
  }

  @Test
  void noLeakOnASingleThreadExecutor() {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      race(ServiceAsync.of(new Service.Direct(), executor), 7L);
    } finally {
      executor.shutdownNow();
    }
  }

  /** What the cancels hit. */
  static final class Outcomes {
    int iterations;
    int beforeStart;
    int interruptedRunning;
    int afterInterruptCheck; // cancelled while running, where the call ignores interrupts
    int completedFirst;
    int probesInterrupted;

    int leastCovered() {
      return Math.min(
          Math.min(beforeStart, afterInterruptCheck), Math.min(interruptedRunning, completedFirst));
    }

    @Override
    public String toString() {
      return iterations
          + " iterations: cancelled before start "
          + beforeStart
          + ", interrupted while running "
          + interruptedRunning
          + ", cancelled where the call ignores interrupts "
          + afterInterruptCheck
          + ", completed before the cancel "
          + completedFirst
          + "; next calls that started interrupted: "
          + probesInterrupted;
    }
  }

  private static Outcomes race(ServiceAsync facade, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Outcomes outcomes = new Outcomes();
    long start = System.nanoTime();
    while (outcomes.iterations < MIN_ITERATIONS
        || (outcomes.leastCovered() < MIN_EACH_OUTCOME
            && outcomes.iterations < MAX_ITERATIONS
            && System.nanoTime() - start < MAX_NANOS)) {
      outcomes.iterations++;
      AtomicBoolean started = new AtomicBoolean();
      AtomicBoolean sawInterrupt = new AtomicBoolean();
      long workNanos = random.nextLong(0, 200_000);
      boolean park = random.nextBoolean();
      // A third of the cancels go out at once (mostly before the call starts); the rest wait for
      // the call to start, then land anywhere from its start to just past its end.
      boolean waitForStart = random.nextInt(3) != 0;
      long delayNanos = random.nextLong(0, workNanos + 10_000);

      CompletableFuture<Integer> call =
          facade.perform(
              () -> {
                started.set(true);
                if (park) {
                  LockSupport.parkNanos(workNanos); // returns early on interrupt, flag kept
                  if (Thread.currentThread().isInterrupted()) {
                    sawInterrupt.set(true); // and returns with the flag still set
                  }
                } else if (!spin(workNanos / 2, sawInterrupt)) {
                  // Then a stretch that ignores interrupts: one landing here is still set when
                  // the call returns, and must not reach the next call.
                  spin(workNanos / 2, null);
                }
                return 1;
              });
      if (waitForStart) {
        long giveUp = System.nanoTime() + 10_000_000L;
        while (!started.get() && System.nanoTime() - giveUp < 0) {
          Thread.yield(); // two cores: leave the worker room to run
        }
      }
      spin(delayNanos, null);
      boolean cancelled = call.cancel(true);

      // The next call on the same (single) thread: does it start interrupted?
      CompletableFuture<Boolean> probe =
          facade.perform(
              () -> {
                boolean atStart = Thread.currentThread().isInterrupted();
                spin(2_000, null);
                return atStart || Thread.currentThread().isInterrupted();
              });
      if (await(probe)) {
        outcomes.probesInterrupted++;
      }
      // The probe ran after the call on the same thread: the call is over, one way or another.
      if (!cancelled) {
        assertEquals(1, await(call), "an uncancelled call completes normally");
        assertTrue(!sawInterrupt.get(), "an uncancelled call was interrupted");
        outcomes.completedFirst++;
      } else if (!started.get()) {
        outcomes.beforeStart++;
      } else if (sawInterrupt.get()) {
        outcomes.interruptedRunning++;
      } else {
        outcomes.afterInterruptCheck++;
      }
      Futures.awaitDone(call);
      assertTrue(call.isDone());
    }
    assertEquals(
        0,
        outcomes.probesInterrupted,
        "a call started with an interrupt meant for another; " + outcomes);
    assertTrue(
        outcomes.leastCovered() >= 1,
        "the race was not exercised (machine too slow or too fast?); " + outcomes);
    return outcomes;
  }

  /**
   * Busy-waits; if {@code sawInterrupt} is given, stops early when the flag is set, and returns
   * whether it did.
   */
  private static boolean spin(long nanos, AtomicBoolean sawInterrupt) {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() - end < 0) {
      if (sawInterrupt != null && Thread.currentThread().isInterrupted()) {
        sawInterrupt.set(true);
        return true;
      }
      Thread.onSpinWait();
    }
    return false;
  }
}
