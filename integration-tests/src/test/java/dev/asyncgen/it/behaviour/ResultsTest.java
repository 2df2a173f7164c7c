package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static dev.asyncgen.it.support.Futures.causeFromJoin;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The future completes with the sync result, null included, or fails with the sync method's own
 * exception as the cause: the same instance through get(), join() and callbacks.
 */
class ResultsTest {

  private final ServiceAsync facade = ServiceAsync.of(new Service.Direct());

  @Test
  void theSyncResult() throws Exception {
    Object value = new Object();
    CompletableFuture<Object> result = facade.perform(() -> value);
    assertSame(value, await(result));
    assertSame(value, result.get(1, TimeUnit.SECONDS));
    assertSame(value, result.join());
  }

  @Test
  void aNullResultIsASuccess() throws Exception {
    CompletableFuture<String> result = facade.nothing();
    assertNull(await(result));
    assertFalse(result.isCompletedExceptionally());
    assertNull(result.get());
    assertNull(result.join());
    CompletableFuture<Void> voidResult = facade.execute(() -> {});
    assertNull(await(voidResult));
    assertFalse(voidResult.isCompletedExceptionally());
  }

  @Test
  void aCheckedExceptionIsTheCause() {
    IOException failure = new IOException("checked");
    CompletableFuture<String> result = facade.read(failure);
    assertSame(failure, causeFromGet(result));
    assertSame(failure, causeFromJoin(result));
    assertSame(failure, seenByHandle(result));
  }

  @Test
  void anUncheckedExceptionIsTheCause() {
    IllegalStateException failure = new IllegalStateException("unchecked");
    CompletableFuture<Object> result =
        facade.perform(
            () -> {
              throw failure;
            });
    assertSame(failure, causeFromGet(result));
    assertSame(failure, causeFromJoin(result));
    assertSame(failure, seenByHandle(result));
  }

  @Test
  void anErrorIsTheCause() {
    StackOverflowError failure = new StackOverflowError("an Error");
    CompletableFuture<Void> result =
        facade.execute(
            () -> {
              throw failure;
            });
    assertSame(failure, causeFromGet(result));
    assertSame(failure, causeFromJoin(result));
    assertSame(failure, seenByHandle(result));
  }

  @Test
  void anInterruptedExceptionFromTheSyncCallIsTheCause() {
    // Not a cancellation: the sync method threw it on its own.
    InterruptedException failure = new InterruptedException("its own");
    CompletableFuture<Void> result =
        facade.execute(
            () -> {
              throw failure;
            });
    assertSame(failure, causeFromGet(result));
    assertFalse(result.isCancelled());
  }

  @Test
  void failuresAreNeverThrownAtTheCallSite() {
    // Even when the executor runs the call inline, on the caller's thread (the user's choice),
    // the facade call returns normally with a failed future.
    ServiceAsync inline = ServiceAsync.of(new Service.Direct(), Runnable::run);
    OutOfMemoryError error = new OutOfMemoryError("simulated");
    CompletableFuture<Object> result =
        inline.perform(
            () -> {
              throw error;
            });
    assertTrue(result.isCompletedExceptionally());
    assertSame(error, causeFromGet(result));
    IOException checked = new IOException("inline");
    assertSame(checked, causeFromJoin(inline.read(checked)));
  }

  /** What {@code handle} receives: a direct completion, so the exception itself. */
  private static Throwable seenByHandle(CompletableFuture<?> result) {
    return await(result.handle((value, failure) -> failure));
  }
}
