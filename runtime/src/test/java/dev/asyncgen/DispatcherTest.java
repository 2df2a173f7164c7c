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
    assertEquals("0s", Durations.format(java.time.Duration.ZERO));
    assertEquals("-5ns", Durations.format(java.time.Duration.ofNanos(-5)));
    assertEquals("timed out after 2s", Durations.timedOut(java.time.Duration.ofSeconds(2)));
    assertEquals("timed out at once (timeout 0s)", Durations.timedOut(java.time.Duration.ZERO));
    assertEquals(
        "timed out at once (timeout -5ns)", Durations.timedOut(java.time.Duration.ofNanos(-5)));
    assertEquals(
        Long.MAX_VALUE + "s",
        Durations.format(java.time.temporal.ChronoUnit.FOREVER.getDuration()));
  }

  @Test
  void cancelWithoutInterruptLeavesTheWorkBehindARelayedStageRunning() throws Exception {
    Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    CompletableFuture<String> inner = new CompletableFuture<>();
    CompletableFuture<String> outer =
        dispatcher.callStage(
            "Outer.m",
            () -> {
              CompletableFuture<String> call =
                  dispatcher.call(
                      "Inner.m",
                      () -> {
                        started.countDown();
                        try {
                          release.await();
                          return "finished";
                        } catch (InterruptedException e) {
                          interrupted.set(true);
                          throw e;
                        }
                      });
              inner.complete("made");
              return call;
            });
    TestFutures.await(started, "the inner call to start");
    TestFutures.value(inner);
    Thread.sleep(20); // the outer call has returned its stage by now, or returns it later: either way

    assertTrue(outer.cancel(false));
    release.countDown();

    Thread.sleep(50);
    assertTrue(!interrupted.get(), "cancel(false) interrupted the work behind the stage");
    assertTrue(outer.isCancelled());
  }

  /**
   * A promise executor wrappers rely on (the Spring Boot starter's shutdown): the runnable an
   * executor gets is the call's future, or its attempt's, and cancelling it cancels the call.
   */
  @Test
  void theRunnableAnExecutorGetsIsTheCallsFutureAndCancellingItCancelsTheCall() {
    List<Runnable> handedOver = new ArrayList<>();
    List<String> events = new ArrayList<>();
    AsyncOptions holding = AsyncOptions.defaults().withExecutor(handedOver::add);
    List<AsyncOptions> variants =
        List.of(
            holding,
            holding.withMaxConcurrency(1).withListener(event -> events.add(event.status().name())),
            holding.withRetry(Retry.on(IllegalStateException.class)));
    for (AsyncOptions options : variants) {
      handedOver.clear();
      Dispatcher dispatcher = Dispatcher.of(options);
      AtomicBoolean ran = new AtomicBoolean();
      CompletableFuture<Boolean> call = dispatcher.call("X.m", () -> ran.getAndSet(true));
      assertEquals(1, handedOver.size(), options.toString());
      Runnable task = handedOver.get(0);

      assertTrue(task instanceof java.util.concurrent.Future<?>, options.toString());
      assertTrue(((java.util.concurrent.Future<?>) task).cancel(true), options.toString());

      assertTrue(call.isCancelled(), options.toString());
      task.run(); // an executor that runs it all the same: the call does not start
      assertTrue(!ran.get(), options.toString());
    }
    assertEquals(List.of("CANCELLED"), events);
  }
}
