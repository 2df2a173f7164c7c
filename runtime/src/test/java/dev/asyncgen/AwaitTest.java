package dev.asyncgen;

import static dev.asyncgen.TestFutures.assertNpe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AwaitTest {

  private static final Duration LONG = Duration.ofMinutes(10);

  /** One way of awaiting a stage. */
  @FunctionalInterface
  interface Form {
    Object await(CompletionStage<String> stage) throws Exception;
  }

  /** Every form, the checked ones asking for {@link IOException}. */
  private static final List<Form> FORMS =
      List.of(
          Await::await,
          stage -> Await.await(stage, IOException.class),
          stage -> Await.await(stage, LONG),
          stage -> Await.await(stage, LONG, IOException.class));

  @Test
  void everyFormReturnsTheValueNullIncluded() throws Exception {
    for (Form form : FORMS) {
      assertEquals("v", form.await(CompletableFuture.completedFuture("v")));
      assertNull(form.await(CompletableFuture.completedFuture(null)));
      CompletableFuture<String> later = new CompletableFuture<>();
      new Thread(() -> later.complete("later")).start();
      assertEquals("later", form.await(later));
    }
  }

  @Test
  void everyFormThrowsUncheckedExceptionsAsTheyAre() {
    for (Form form : FORMS) {
      IllegalStateException runtime = new IllegalStateException("runtime");
      assertSame(runtime, thrownBy(form, CompletableFuture.failedFuture(runtime)));
      AssertionError error = new AssertionError("error");
      assertSame(error, thrownBy(form, CompletableFuture.failedFuture(error)));
    }
  }

  @Test
  void everyFormThrowsCancellationExceptionForACancelledStage() {
    for (Form form : FORMS) {
      CompletableFuture<String> cancelled = new CompletableFuture<>();
      cancelled.cancel(true);
      assertInstanceOf(CancellationException.class, thrownBy(form, cancelled));
    }
  }

  @Test
  void theOriginalExceptionIsUnwrappedFromCompletionException() {
    for (Form form : FORMS) {
      CompletableFuture<String> source = new CompletableFuture<>();
      CompletableFuture<String> derived = source.thenApply(s -> s);
      IllegalStateException boom = new IllegalStateException("boom");
      source.completeExceptionally(boom);
      assertSame(boom, thrownBy(form, derived));
    }
  }

  @Test
  void aCompletionExceptionTheCallThrewIsRethrownAsItself() {
    for (Form form : FORMS) {
      java.util.concurrent.CompletionException own =
          new java.util.concurrent.CompletionException("own", new IllegalStateException("inner"));
      CompletableFuture<String> call =
          Dispatcher.of(AsyncOptions.defaults()).call("X.m", () -> { throw own; });
      assertSame(own, thrownBy(form, call));
      assertSame(own, thrownBy(form, call.minimalCompletionStage()));
    }
  }

  @Test
  void aCheckedExceptionIsWrappedInAsyncExceptionUnlessItsClassIsNamed() throws Exception {
    IOException io = new IOException("io");
    CompletableFuture<String> failed = CompletableFuture.failedFuture(io);

    assertSame(io, assertThrows(AsyncException.class, () -> Await.await(failed)).getCause());
    assertSame(io, assertThrows(AsyncException.class, () -> Await.await(failed, LONG)).getCause());
    assertSame(io, assertThrows(IOException.class, () -> Await.await(failed, IOException.class)));
    assertSame(
        io, assertThrows(IOException.class, () -> Await.await(failed, LONG, IOException.class)));
    assertSame(io, assertThrows(IOException.class, () -> Await.await(failed, Exception.class)));
    AsyncException other =
        assertThrows(
            AsyncException.class, () -> Await.await(failed, GeneralSecurityException.class));
    assertSame(io, other.getCause());
  }

  @Test
  void aSubclassOfTheNamedClassIsThrownAsItself() {
    FileNotFoundException missing = new FileNotFoundException("missing");
    CompletableFuture<String> failed = CompletableFuture.failedFuture(missing);
    assertSame(
        missing, assertThrows(IOException.class, () -> Await.await(failed, IOException.class)));
  }

  @Test
  void aThrowableThatIsNeitherExceptionNorErrorIsWrapped() {
    Throwable odd = new Throwable("odd");
    AsyncException thrown =
        assertThrows(
            AsyncException.class, () -> Await.await(CompletableFuture.<String>failedFuture(odd)));
    assertSame(odd, thrown.getCause());
  }

  @Test
  void stagesThatAreNotFuturesCanBeAwaited() throws Exception {
    for (Form form : FORMS) {
      CompletableFuture<String> source = new CompletableFuture<>();
      CompletionStage<String> minimal = source.minimalCompletionStage(); // refuses get()
      new Thread(() -> source.complete("v")).start();
      assertEquals("v", form.await(minimal));

      IllegalStateException boom = new IllegalStateException("boom");
      assertSame(
          boom,
          thrownBy(form, CompletableFuture.<String>failedFuture(boom).minimalCompletionStage()));
    }
  }

  @Test
  void onTimeoutTheWorkIsInterruptedAndTheTimeoutWrappedInAsyncException() {
    Blocker<String> blocker = Blocker.started("never");

    AsyncException thrown =
        assertThrows(
            AsyncException.class, () -> Await.await(blocker.future, Duration.ofMillis(100)));

    TimeoutException timeout = assertInstanceOf(TimeoutException.class, thrown.getCause());
    assertTrue(timeout.getMessage().contains("100ms"), timeout.getMessage());
    blocker.assertInterrupted();
    assertTrue(blocker.future.isCancelled());
  }

  @Test
  void onTimeoutTheTimeoutIsThrownAsItselfIfTheNamedClassAllows() {
    Blocker<String> blocker = Blocker.started("never");
    assertThrows(
        TimeoutException.class,
        () -> Await.await(blocker.future, Duration.ofMillis(20), TimeoutException.class));
    blocker.assertInterrupted();

    assertThrows(
        TimeoutException.class,
        () -> Await.await(new CompletableFuture<String>(), Duration.ofMillis(20), Exception.class));

    AsyncException wrapped =
        assertThrows(
            AsyncException.class,
            () ->
                Await.await(
                    new CompletableFuture<String>(), Duration.ofMillis(20), IOException.class));
    assertInstanceOf(TimeoutException.class, wrapped.getCause());
  }

  @Test
  void aTimeoutOnAStageThatCannotBeCancelledLeavesItRunning() {
    CompletableFuture<String> source = new CompletableFuture<>();
    assertThrows(
        TimeoutException.class,
        () ->
            Await.await(
                source.minimalCompletionStage(), Duration.ofMillis(20), TimeoutException.class));
    assertTrue(source.complete("still wanted by others"));
  }

  @Test
  void theWorksOwnTimeoutFollowsTheCheckedRule() {
    CompletableFuture<String> timed =
        Gather.withTimeout(new CompletableFuture<String>(), Duration.ofMillis(10));
    assertInstanceOf(
        TimeoutException.class,
        assertThrows(AsyncException.class, () -> Await.await(timed)).getCause());
    assertThrows(TimeoutException.class, () -> Await.await(timed, TimeoutException.class));
  }

  @Test
  void everyFormInterruptedWhileWaitingCancelsTheWorkRestoresTheFlagAndThrowsAsyncException() {
    for (Form form : FORMS) {
      Blocker<String> blocker = Blocker.started("never");
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      AtomicBoolean flagAfter = new AtomicBoolean();
      Thread waiter =
          new Thread(
              () -> {
                try {
                  form.await(blocker.future);
                } catch (Throwable e) {
                  thrown.set(e);
                  flagAfter.set(Thread.currentThread().isInterrupted());
                }
              });
      waiter.start();
      waiter.interrupt(); // before or during the wait: the same outcome either way
      TestFutures.onThread("joiner", () -> joinQuietly(waiter));

      AsyncException async = assertInstanceOf(AsyncException.class, thrown.get());
      assertInstanceOf(InterruptedException.class, async.getCause());
      assertTrue(flagAfter.get(), "the interrupt flag is set again");
      blocker.assertInterrupted();
      assertTrue(blocker.future.isCancelled());
    }
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    CompletableFuture<String> stage = CompletableFuture.completedFuture("v");
    assertNpe("stage", () -> Await.await(null));
    assertNpe("stage", () -> Await.await(null, IOException.class));
    assertNpe("checked", () -> Await.await(stage, (Class<IOException>) null));
    assertNpe("stage", () -> Await.await(null, LONG));
    assertNpe("timeout", () -> Await.await(stage, (Duration) null));
    assertNpe("timeout", () -> Await.await(stage, null, IOException.class));
    assertNpe("checked", () -> Await.await(stage, LONG, null));
  }

  private static Throwable thrownBy(Form form, CompletionStage<String> stage) {
    try {
      form.await(stage);
    } catch (Throwable thrown) {
      return thrown;
    }
    throw new AssertionError("expected await to throw");
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
