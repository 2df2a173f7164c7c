package dev.asyncgen;

import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A call with {@link AsyncOptions#withRetry}: attempts, which failures, the waits, the end. */
class RetryTest {

  /** Retries IOException, quickly and exactly, so that the tests do not wait. */
  static final Retry FAST =
      Retry.on(IOException.class)
          .withMaxAttempts(4)
          .withBackoff(Duration.ofMillis(1), 1.0, Duration.ofMillis(1))
          .withJitter(0);

  private static Dispatcher retrying(Retry retry) {
    return Dispatcher.of(AsyncOptions.defaults().withRetry(retry));
  }

  @Test
  void aNamedFailureIsRetriedUntilAnAttemptSucceeds() {
    Attempts attempts = Attempts.failing(2, IOException::new);
    assertEquals("done", value(retrying(FAST).call("Flaky.call", attempts::attempt)));
    assertEquals(3, attempts.count());
  }

  @Test
  void anyOtherFailureEndsTheCallAtOnce() {
    IllegalStateException other = new IllegalStateException("not named");
    Attempts attempts = Attempts.failing(5, message -> other);
    assertSame(other, failure(retrying(FAST).call("Flaky.call", attempts::attempt)));
    assertEquals(1, attempts.count());
  }

  @Test
  void whenTheAttemptsRunOutTheLastFailureIsTheCalls() {
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, IOException::new);
    IOException last = failure(retrying(FAST).call("Flaky.call", attempts::attempt), IOException.class);
    assertEquals("attempt 4", last.getMessage());
    assertEquals(4, attempts.count());
  }

  @Test
  void theWaitsGrowByTheMultiplierWithinTheirJitter() {
    Retry growing =
        Retry.on(IOException.class)
            .withMaxAttempts(4)
            .withBackoff(Duration.ofMillis(40), 2.0, Duration.ofSeconds(1))
            .withJitter(0.25);
    Attempts attempts = Attempts.failing(3, IOException::new);
    value(retrying(growing).call("Flaky.call", attempts::attempt));
    // The timer never fires early, so the lower bounds are exact; the upper ones allow for a slow
    // machine, which delays the next attempt's start.
    assertBetween(30, 50 + 2_000, attempts.gapAfter(1));
    assertBetween(60, 100 + 2_000, attempts.gapAfter(2));
    assertBetween(120, 200 + 2_000, attempts.gapAfter(3));
  }

  @Test
  void cancellingBetweenAttemptsEndsTheCallAndNoAttemptFollows() throws InterruptedException {
    Retry slow = FAST.withBackoff(Duration.ofHours(1), 1.0, Duration.ofHours(1));
    Events events = new Events();
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withRetry(slow).withListener(events));
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, IOException::new);
    int queued = TimersTest.timerQueue();
    CompletableFuture<String> call = dispatcher.call("Flaky.call", attempts::attempt);
    events.awaitEnds(1);

    assertTrue(call.cancel(true));

    assertTrue(call.isCancelled());
    events.awaitEnds(2);
    assertEquals(
        List.of("RETRYING 1", "CANCELLED 2"), events.ends(), "the attempt that never began ends too");
    // The thread making attempt 2 may schedule its wait just after this one settled the attempt;
    // it then finds the call decided and takes the wait down again.
    waitFor(() -> TimersTest.timerQueue() <= queued, "the wait to leave the timer");
    Thread.sleep(50);
    assertEquals(1, attempts.count());
  }

  @Test
  void cancellingDuringAnAttemptInterruptsItAndNoAttemptFollows() throws InterruptedException {
    CountDownLatch secondStarted = new CountDownLatch(1);
    AtomicInteger interrupted = new AtomicInteger();
    AtomicInteger count = new AtomicInteger();
    CompletableFuture<String> call =
        retrying(FAST)
            .call(
                "Flaky.call",
                () -> {
                  if (count.incrementAndGet() == 1) {
                    throw new IOException("first");
                  }
                  secondStarted.countDown();
                  try {
                    new CountDownLatch(1).await();
                  } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    throw e;
                  }
                  return "never";
                });
    TestFutures.await(secondStarted, "the second attempt");
    assertTrue(call.cancel(true));
    waitFor(() -> interrupted.get() == 1, "the second attempt to be interrupted");
    Thread.sleep(50);
    assertEquals(2, count.get());
  }

  @Test
  void theTimeoutCoversEveryAttemptAndWaitAndInterruptsTheAttemptRunning() {
    Retry patient = FAST.withMaxAttempts(100).withBackoff(Duration.ofMillis(50), 1.0, Duration.ofMillis(50));
    Events events = new Events();
    Dispatcher dispatcher =
        Dispatcher.of(
            AsyncOptions.defaults()
                .withRetry(patient)
                .withTimeout(Duration.ofMillis(500))
                .withListener(events));
    AtomicInteger interrupted = new AtomicInteger();
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, IOException::new).taking(Duration.ofMillis(150), interrupted);

    TimeoutException timeout =
        failure(dispatcher.call("Flaky.call", attempts::attempt), TimeoutException.class);

    assertEquals("Flaky.call timed out after 500ms", timeout.getMessage());
    int made = attempts.count();
    assertTrue(made >= 2 && made <= 4, "attempts of 150 ms, 50 ms apart, in 500 ms: " + made);
    String last = events.ends().get(events.ends().size() - 1);
    assertTrue(last.startsWith("TIMEOUT "), events.ends().toString());
    if (last.equals("TIMEOUT " + made)) {
      waitFor(() -> interrupted.get() == 1, "the attempt running at the timeout to be interrupted");
    }
  }

  @Test
  void aRetryThatCouldNotBeginBeforeTheTimeoutIsNotWaitedFor() {
    Retry slow = FAST.withBackoff(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(30));
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withRetry(slow).withTimeout(Duration.ofSeconds(10)));
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, IOException::new);
    long start = System.nanoTime();
    IOException failed = failure(dispatcher.call("Flaky.call", attempts::attempt), IOException.class);
    assertEquals("attempt 1", failed.getMessage(), "the attempt's own failure, at once");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "did not wait for the timeout");
    assertEquals(1, attempts.count());
  }

  @Test
  void listenersSeeEveryAttempt() {
    Events events = new Events();
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withRetry(FAST).withListener(events));
    Attempts attempts = Attempts.failing(2, IOException::new);
    value(dispatcher.call("Flaky.call", attempts::attempt));
    assertEquals(List.of("Flaky.call", "Flaky.call", "Flaky.call"), events.starts);
    assertEquals(List.of("RETRYING 1", "RETRYING 2", "SUCCESS 3"), events.ends());
    assertEquals("attempt 1", events.events.get(0).failure().getMessage());
    assertTrue(events.events.get(2).duration().compareTo(events.events.get(1).duration()) >= 0,
        "each event's duration counts from the call");
  }

  @Test
  void waitingBetweenAttemptsHoldsNoThreadAndNoConcurrencySlot() throws Exception {
    java.util.concurrent.ThreadPoolExecutor oneThread = AsyncExecutors.boundedPool(1);
    try {
      Retry slow = FAST.withBackoff(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(30));
      Dispatcher dispatcher =
          Dispatcher.of(
              AsyncOptions.defaults()
                  .withExecutor(oneThread)
                  .withMaxConcurrency(1)
                  .withRetry(slow));
      Attempts waiting = Attempts.failing(1, IOException::new);
      CompletableFuture<String> first = dispatcher.call("Flaky.call", waiting::attempt);
      waitFor(() -> waiting.count() == 1 && oneThread.getActiveCount() == 0, "the first attempt to end");

      // The one thread, and the one slot, are free while the first call waits to retry.
      assertEquals("now", value(dispatcher.call("Other.call", () -> "now")));
      assertFalse(first.isDone());
      Bulkhead limit = options(dispatcher).bulkhead().orElseThrow();
      waitFor(() -> limit.running() == 0, "the other call to give its slot back"); // just after
      assertEquals(0, limit.waiting());
      // Waited for: the pool's one thread ran the other call last, and goes back to the pool just
      // after that call's future completed. A thread held by the retry's wait would never go back.
      waitFor(() -> !Flaky.heldBy(waiting.threads.get(0)), "the first attempt's thread to go back to its pool");
      first.cancel(true);
    } finally {
      oneThread.shutdownNow();
    }
  }

  private static AsyncOptions options(Dispatcher dispatcher) {
    return dispatcher.options();
  }

  @Test
  void aCallWhoseStageFailsIsRetriedToo() {
    Attempts attempts = Attempts.failing(1, IOException::new);
    CompletableFuture<String> call =
        retrying(FAST)
            .callStage(
                "Flaky.callStage",
                () -> {
                  try {
                    return CompletableFuture.completedFuture(attempts.attempt());
                  } catch (IOException e) {
                    return CompletableFuture.failedFuture(e);
                  }
                });
    assertEquals("done", value(call));
    assertEquals(2, attempts.count());
  }

  @Test
  void theContextIsThereInEveryAttempt() {
    ThreadLocal<String> user = new ThreadLocal<>();
    List<String> seen = new CopyOnWriteArrayList<>();
    Dispatcher dispatcher =
        Dispatcher.of(
            AsyncOptions.defaults().withRetry(FAST).withContext(ContextPropagator.ofThreadLocal(user)));
    Attempts attempts = Attempts.failing(2, IOException::new);
    user.set("ada");
    try {
      value(
          dispatcher.call(
              "Flaky.call",
              () -> {
                seen.add(user.get());
                return attempts.attempt();
              }));
    } finally {
      user.remove();
    }
    assertEquals(List.of("ada", "ada", "ada"), seen);
  }

  @Test
  void completingTheCallFromOutsideSettlesTheAttemptAlike() {
    Events events = new Events();
    Retry slow = FAST.withBackoff(Duration.ofHours(1), 1.0, Duration.ofHours(1));
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withRetry(slow).withListener(events));
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, IOException::new);
    CompletableFuture<String> call = dispatcher.call("Flaky.call", attempts::attempt);
    events.awaitEnds(1);
    assertTrue(call.complete("given"));
    assertEquals("given", value(call));
    events.awaitEnds(2); // told by whichever thread settles attempt 2: this one, or attempt 1's
    assertEquals(List.of("RETRYING 1", "SUCCESS 2"), events.ends());
  }

  @Test
  void aCancellationIsNeverRetriedEvenIfNamed() {
    Retry cancellations = Retry.on(CancellationException.class).withMaxAttempts(5).withJitter(0);
    Attempts attempts = Attempts.failing(Integer.MAX_VALUE, CancellationException::new);
    failure(retrying(cancellations).call("Flaky.call", attempts::attempt), CancellationException.class);
    assertEquals(1, attempts.count(), "a cancelled call stays cancelled");
  }

  private static void assertBetween(long lowMillis, long highMillis, Duration actual) {
    assertTrue(
        actual.toMillis() >= lowMillis && actual.toMillis() <= highMillis,
        "expected " + lowMillis + ".." + highMillis + " ms, was " + actual.toMillis() + " ms");
  }

  static void waitFor(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TestFutures.WAIT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  /** A call that fails its first attempts; records when each began and on which thread. */
  static final class Attempts {
    private final int failures;
    private final java.util.function.Function<String, ? extends Exception> failure;
    private final List<Long> starts = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    private Duration each = Duration.ZERO;
    private AtomicInteger interrupted = new AtomicInteger();

    private Attempts(int failures, java.util.function.Function<String, ? extends Exception> failure) {
      this.failures = failures;
      this.failure = failure;
    }

    static Attempts failing(int failures, java.util.function.Function<String, ? extends Exception> failure) {
      return new Attempts(failures, failure);
    }

    /** Each attempt sleeps {@code each} first, counting interrupts in {@code interrupted}. */
    Attempts taking(Duration each, AtomicInteger interrupted) {
      this.each = each;
      this.interrupted = interrupted;
      return this;
    }

    String attempt() throws Exception {
      starts.add(System.nanoTime());
      threads.add(Thread.currentThread());
      int n = starts.size();
      if (!each.isZero()) {
        try {
          Thread.sleep(each.toMillis());
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw e;
        }
      }
      if (n <= failures) {
        throw failure.apply("attempt " + n);
      }
      return "done";
    }

    int count() {
      return starts.size();
    }

    Duration gapAfter(int n) {
      return Duration.ofNanos(starts.get(n) - starts.get(n - 1));
    }
  }

  /** A listener that records every event. */
  static final class Events implements CallListener {
    final List<String> starts = new CopyOnWriteArrayList<>();
    final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(String method) {
      starts.add(method);
    }

    @Override
    public void onEnd(CallEvent event) {
      events.add(event);
    }

    /** Each end as "STATUS attempt". */
    List<String> ends() {
      return events.stream().map(e -> e.status() + " " + e.attempt()).toList();
    }

    void awaitEnds(int count) {
      waitFor(() -> events.size() >= count, count + " listener events");
    }
  }

  /** Whether a thread is held: see {@link #heldBy}. */
  static final class Flaky {
    private Flaky() {}

    /** Alive and waiting, but not idle in its pool waiting for a task. */
    static boolean heldBy(Thread thread) {
      if (!thread.isAlive()) {
        return false;
      }
      for (StackTraceElement frame : thread.getStackTrace()) {
        if (frame.getMethodName().equals("getTask")
            && frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")) {
          return false;
        }
      }
      return true;
    }
  }
}
