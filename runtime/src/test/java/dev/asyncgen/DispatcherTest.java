package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private static final Executor REJECTING =
      task -> {
        throw new RejectedExecutionException("full");
      };

  @Test
  void anExecutorThatRejectsGivesAFailedFutureNotAnExceptionAtTheCallSite() {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withExecutor(REJECTING));

    CompletableFuture<String> call = dispatcher.call("X.m", () -> "never");

    ExecutionException failure = assertThrows(ExecutionException.class, call::get);
    assertInstanceOf(RejectedExecutionException.class, failure.getCause());
  }

  @Test
  void aRejectingExecutorBehindABulkheadNeitherLeaksSlotsNorOverflowsTheStack() throws Exception {
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withExecutor(REJECTING).withMaxConcurrency(1));
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      calls.add(dispatcher.call("X.m", () -> 1));
    }
    for (CompletableFuture<Integer> call : calls) {
      assertTrue(call.isCompletedExceptionally());
    }
    Bulkhead bulkhead = dispatcher.options().bulkhead().orElseThrow();
    assertEquals(0, bulkhead.running());
    assertEquals(0, bulkhead.waiting());
  }

  @Test
  void defaultExecutorNeverRunsTheCallOnTheCallersThread() throws Exception {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
    Thread caller = Thread.currentThread();

    Thread runner = dispatcher.call("X.m", Thread::currentThread).get(10, TimeUnit.SECONDS);

    assertNotEquals(caller, runner);
    if (Runtime.version().feature() >= 21) {
      assertTrue(runner.getName().startsWith("asyncgen-virtual-"), runner.getName());
      assertTrue(AsyncExecutors.defaultIsVirtual());
    } else {
      assertTrue(runner.getName().startsWith("asyncgen-"), runner.getName());
      assertTrue(runner.isDaemon());
    }
  }

  @Test
  void voidCallsCompleteWithNull() throws Exception {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
    List<String> effects = new ArrayList<>();

    assertNull(dispatcher.run("X.m", () -> effects.add("ran")).get(10, TimeUnit.SECONDS));
    assertEquals(List.of("ran"), effects);
  }

  @Test
  void checkedExceptionsAndErrorsAreTheCause() {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
    Exception checked = new Exception("checked");
    Error error = new StackOverflowError("error");

    assertSame(checked, assertThrows(ExecutionException.class,
        () -> dispatcher.call("X.m", () -> { throw checked; }).get(10, TimeUnit.SECONDS)).getCause());
    assertSame(error, assertThrows(ExecutionException.class,
        () -> dispatcher.call("X.m", () -> { throw error; }).get(10, TimeUnit.SECONDS)).getCause());
  }

  @Test
  void listenersAreToldBeforeAnyoneWaitingOnTheFutureWakes() {
    AtomicBoolean told = new AtomicBoolean();
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withListener(event -> told.set(true)));
    for (int i = 0; i < 200; i++) {
      told.set(false);
      CompletableFuture<Boolean> seen =
          dispatcher.call("X.m", () -> { Thread.sleep(1); return 1; }).thenApply(value -> told.get());
      assertTrue(seen.join(), "round " + i);
    }
    for (int i = 0; i < 200; i++) {
      told.set(false);
      CompletableFuture<Integer> call = dispatcher.call("X.m", () -> { Thread.sleep(10_000); return 1; });
      CompletableFuture<Boolean> seen = call.handle((value, failure) -> told.get());
      call.cancel(true);
      assertTrue(seen.join(), "cancelled round " + i);
    }
  }

  @Test
  void aCompletionExceptionTheCallThrowsItselfIsTheCauseToo() {
    java.util.concurrent.CompletionException own =
        new java.util.concurrent.CompletionException("own", new IllegalStateException("inner"));
    CompletableFuture<Object> call =
        Dispatcher.of(AsyncOptions.defaults()).call("X.m", () -> { throw own; });

    assertSame(own, assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS)).getCause());
    assertSame(own, assertThrows(java.util.concurrent.CompletionException.class, call::join).getCause());
  }

  @Test
  void listenersHearOfTheCauseGetReports() {
    java.util.concurrent.CompletionException own =
        new java.util.concurrent.CompletionException("own", new IllegalStateException("inner"));
    List<CallEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withListener(events::add));

    // Thrown by the call: the call's own exception. Held by a returned stage: what get() on that
    // stage reports, which unwraps a CompletionException.
    CompletableFuture<Object> thrown = dispatcher.call("X.thrown", () -> { throw own; });
    Throwable thrownCause =
        assertThrows(ExecutionException.class, () -> thrown.get(10, TimeUnit.SECONDS)).getCause();
    CompletableFuture<Object> relayed =
        dispatcher.callStage("X.relayed", () -> CompletableFuture.failedFuture(own));
    Throwable relayedCause =
        assertThrows(ExecutionException.class, () -> relayed.get(10, TimeUnit.SECONDS)).getCause();

    assertSame(own, thrownCause);
    assertSame(own.getCause(), relayedCause);
    assertEquals(List.of("X.thrown", "X.relayed"), events.stream().map(CallEvent::method).toList());
    assertSame(thrownCause, events.get(0).failure());
    assertSame(relayedCause, events.get(1).failure());
    assertEquals(CallEvent.Status.FAILURE, events.get(0).status());
    assertEquals(CallEvent.Status.FAILURE, events.get(1).status());
  }

  @Test
  void aMethodThatReturnsNoStageGivesAFutureOfNullAndTheListenerASuccess() {
    List<CallEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withListener(events::add));

    // A cache's getIfPresent for a missing key: null, where a stage was expected.
    CompletableFuture<String> miss = dispatcher.callStage("Cache.getIfPresent", () -> null);

    assertNull(TestFutures.value(miss));
    assertEquals(1, events.size());
    assertEquals(CallEvent.Status.SUCCESS, events.get(0).status());
  }

  @Test
  void aFullBulkheadQueueNamesTheMethodItRefused() throws Exception {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withMaxConcurrency(1, 0));
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    CompletableFuture<Object> running = dispatcher.call("X.hold", () -> release.await(20, TimeUnit.SECONDS));

    CompletableFuture<Object> refused = dispatcher.call("Downloader.download", () -> "never");

    RejectedExecutionException full = TestFutures.failure(refused, RejectedExecutionException.class);
    assertEquals(
        "Downloader.download refused: Bulkhead{maxConcurrency=1, running=1, waiting=0 of 0} is full",
        full.getMessage());
    release.countDown();
    TestFutures.value(running);
  }

  @Test
  void aTimeoutLongerThanTheTimerCanCountNeverExpiresAndTheCallNeverThrows() {
    java.time.Duration forever = java.time.temporal.ChronoUnit.FOREVER.getDuration();
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults().withTimeout(forever));

    CompletableFuture<String> call = dispatcher.call("X.m", () -> "done");

    assertEquals("done", TestFutures.value(call));
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> timed = Gather.withTimeout(pending, forever);
    pending.complete("later");
    assertEquals("later", TestFutures.value(timed));
  }

  @Test
  void formatsDurationsForMessagesWhateverTheirLength() {
    assertEquals("2s", Durations.format(java.time.Duration.ofSeconds(2)));
    assertEquals("150ms", Durations.format(java.time.Duration.ofMillis(150)));
    assertEquals("500ns", Durations.format(java.time.Duration.ofNanos(500)));
    assertEquals("1500ms", Durations.format(java.time.Duration.ofMillis(1500)));
    assertEquals("0ns", Durations.format(java.time.Duration.ZERO));
    assertEquals(
        Long.MAX_VALUE + "s",
        Durations.format(java.time.temporal.ChronoUnit.FOREVER.getDuration()));
  }
}
