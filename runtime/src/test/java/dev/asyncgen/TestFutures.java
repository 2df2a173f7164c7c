package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waits with generous limits: the machine is shared and slow, and a hang must fail, not block. */
final class TestFutures {

  static final long WAIT_SECONDS = 20;

  private TestFutures() {}

  /** The value of {@code future}, which must complete normally. */
  static <T> T value(CompletableFuture<T> future) {
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected a value, but the future failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + WAIT_SECONDS + "s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The exception {@code future} itself holds, exactly as it was stored: a CompletionException
   * around it would show up here, unlike with {@code get()}, which unwraps it.
   */
  static Throwable failure(CompletableFuture<?> future) {
    Throwable failure = value(future.handle((value, thrown) -> thrown));
    assertNotNull(failure, "expected a failure, but the future completed normally");
    return failure;
  }

  /** The failure of {@code future}, which must be an instance of {@code type}. */
  static <X extends Throwable> X failure(CompletableFuture<?> future, Class<X> type) {
    Throwable failure = failure(future);
    if (!type.isInstance(failure)) {
      throw new AssertionError("expected " + type.getName() + " but was " + failure, failure);
    }
    return type.cast(failure);
  }

  /**
   * Runs {@code completion} on {@code completer} and {@code action} on this thread, released at
   * the same instant, and waits for both: a race whose winner changes from run to run. Returns
   * what {@code action} returned.
   */
  static <R> R race(Executor completer, Runnable completion, Supplier<R> action) {
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<?> completed =
        CompletableFuture.runAsync(
            () -> {
              await(start);
              completion.run();
            },
            completer);
    await(start);
    R result = action.get();
    value(completed);
    return result;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static void await(CountDownLatch latch, String what) {
    try {
      assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "timed out waiting for " + what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static void assertNpe(String argument, Executable call) {
    try {
      call.run();
    } catch (NullPointerException e) {
      assertEquals(argument, e.getMessage());
      return;
    } catch (Throwable other) {
      throw new AssertionError("expected a NullPointerException naming " + argument, other);
    }
    fail("expected a NullPointerException naming " + argument);
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  interface Executable {
    void run() throws Throwable;
  }

  /** Runs {@code body} on a new thread named {@code name}, and waits for it. */
  static void onThread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.start();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertTrue(!thread.isAlive(), "thread " + name + " did not finish");
  }
}
