package dev.asyncgen.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waiting for futures and latches in tests. Every wait is bounded (generously: the machine is
 * noisy), so a broken facade fails a test instead of hanging the build.
 */
public final class Futures {

  /** How long a test waits for something that should happen promptly. */
  public static final long TIMEOUT_SECONDS = 20;

  private Futures() {}

  /** The future's value; fails the test if it failed or did not complete in time. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + TIMEOUT_SECONDS + "s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", e);
    }
  }

  /** The cause {@code get()} reports: asserts it throws {@link ExecutionException}. */
  public static Throwable causeFromGet(CompletableFuture<?> future) {
    awaitDone(future);
    ExecutionException thrown = assertThrows(ExecutionException.class, future::get);
    return thrown.getCause();
  }

  /** The cause {@code join()} reports: asserts it throws {@link CompletionException}. */
  public static Throwable causeFromJoin(CompletableFuture<?> future) {
    awaitDone(future);
    CompletionException thrown = assertThrows(CompletionException.class, future::join);
    return thrown.getCause();
  }

  /** Waits until the future is done, however it ends. */
  public static void awaitDone(CompletableFuture<?> future) {
    try {
      future.handle((value, failure) -> null).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail("the future did not complete within " + TIMEOUT_SECONDS + "s");
    } catch (ExecutionException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", e);
    }
  }

  /** Waits for the latch; fails the test if it does not open in time. */
  public static void await(CountDownLatch latch, String what) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("timed out waiting: " + what);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting: " + what, e);
    }
  }

  /** For sync implementations: waits for the latch, letting an interrupt through. */
  public static void block(CountDownLatch latch) throws InterruptedException {
    if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException("a test latch never opened");
    }
  }
}
