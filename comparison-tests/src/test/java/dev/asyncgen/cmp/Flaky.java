package dev.asyncgen.cmp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The work of the retry rows: a call that fails its first attempts and then succeeds, and a record
 * of every attempt: when it began, on which thread, whether an interrupt ended it. Each
 * framework's retry calls {@link #attempt} again after a failure, so the three test classes can
 * ask the same questions of it.
 */
public final class Flaky {

  private final int failures;
  private final Function<String, Exception> failure;
  private final long attemptNanos;
  private final List<Long> starts = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger interrupted = new AtomicInteger();

  private Flaky(int failures, Function<String, Exception> failure, Duration eachAttempt) {
    this.failures = failures;
    this.failure = failure;
    this.attemptNanos = eachAttempt.toNanos();
  }

  /** Fails its first {@code failures} attempts with an {@link IOException}, then succeeds. */
  public static Flaky failingWithIoException(int failures) {
    return new Flaky(failures, IOException::new, Duration.ZERO);
  }

  /** Fails its first {@code failures} attempts with an exception {@code failure} makes. */
  public static Flaky failing(int failures, Function<String, Exception> failure) {
    return new Flaky(failures, failure, Duration.ZERO);
  }

  /** The same, but every attempt first works (an interruptible sleep) for {@code eachAttempt}. */
  public Flaky taking(Duration eachAttempt) {
    return new Flaky(failures, failure, eachAttempt);
  }

  /** One attempt: returns {@code value} once the failures are used up. */
  public int attempt(int value) throws Exception {
    starts.add(System.nanoTime());
    threads.add(Thread.currentThread());
    int attempt = starts.size();
    if (attemptNanos > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(attemptNanos);
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
        throw e;
      }
    }
    if (attempt <= failures) {
      throw failure.apply("attempt " + attempt + " failed");
    }
    return value;
  }

  /** How many attempts began. */
  public int attempts() {
    return starts.size();
  }

  /** How many attempts an interrupt ended. */
  public int interrupted() {
    return interrupted.get();
  }

  /** The time from the start of attempt {@code n} (from 1) to the start of the next. */
  public Duration gapAfter(int n) {
    return Duration.ofNanos(starts.get(n) - starts.get(n - 1));
  }

  /** The thread that ran attempt {@code n} (from 1). */
  public Thread threadOf(int n) {
    return threads.get(n - 1);
  }

  /** Waits, with {@link Probe#PATIENCE_SECONDS} as the bound, until {@code n} attempts began. */
  public void awaitAttempts(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Probe.PATIENCE_SECONDS);
    while (starts.size() < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + starts.size() + " of " + n + " attempts began");
      }
      Thread.sleep(1);
    }
  }

  /**
   * Whether {@code thread} is held for the call: alive and waiting, but not idle in its pool
   * waiting for a task. Between two attempts that is a thread blocked in the retry's delay.
   */
  public static boolean isHeld(Thread thread) {
    if (!thread.isAlive()) {
      return false; // a thread per task that has ended (e.g. a virtual thread)
    }
    Thread.State state = thread.getState();
    if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
      return state != Thread.State.TERMINATED;
    }
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getMethodName().equals("getTask")
          && frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")) {
        return false; // back in its pool, waiting for the next task
      }
    }
    return true;
  }
}
