package dev.asyncgen;

import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The concurrency limit with executors that run a task before {@code execute} returns, with calls
 * that return a stage, and with calls settled on their way to its queue.
 */
class BulkheadTest {

  private static final int QUEUED = 10_000;

  @Test
  void aSameThreadExecutorRunsTenThousandQueuedCallsWithoutDeepeningTheStack() {
    AsyncOptions options = AsyncOptions.defaults().withExecutor(Runnable::run).withMaxConcurrency(1);
    Dispatcher dispatcher = Dispatcher.of(options);

    // Each queued call runs inline as the slot passes: before the fix, each took a stack frame
    // until the stack overflowed, about 1,400 calls in, and the rest stayed queued for ever.
    List<CompletableFuture<Integer>> queued = queuedBehindAFirstCall(dispatcher);

    assertAllDoneInOrder(queued);
    assertIdle(options);
    assertEquals(42, value(dispatcher.call("X.after", () -> 42)), "the limit still admits calls");
  }

  @Test
  void callerRunsPolicyRunsEveryQueuedCall() throws Exception {
    ThreadPoolExecutor oneThread =
        new ThreadPoolExecutor(
            1, 1, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());
    try {
      AsyncOptions options = AsyncOptions.defaults().withExecutor(oneThread).withMaxConcurrency(1);
      Dispatcher dispatcher = Dispatcher.of(options);
      CountDownLatch go = new CountDownLatch(1);
      CompletableFuture<Integer> holding = dispatcher.call("X.hold", () -> { go.await(); return -1; });
      List<CompletableFuture<Integer>> queued = new ArrayList<>();
      for (int i = 0; i < QUEUED; i++) {
        int value = i;
        queued.add(dispatcher.call("X.m", () -> value));
      }
      assertEquals(QUEUED, options.bulkhead().orElseThrow().waiting());

      // The pool's one thread ends the first call and starts the next, which the full pool hands
      // back to it to run inline, and so on down the queue.
      go.countDown();

      assertEquals(-1, value(holding));
      assertAllDoneInOrder(queued);
      assertIdle(options);
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  void retriedCallsQueuedBehindASameThreadExecutorAllRun() {
    AsyncOptions options =
        AsyncOptions.defaults()
            .withExecutor(Runnable::run)
            .withMaxConcurrency(1)
            .withRetry(Retry.on(IllegalStateException.class));

    List<CompletableFuture<Integer>> queued = queuedBehindAFirstCall(Dispatcher.of(options));

    assertAllDoneInOrder(queued);
    assertIdle(options);
  }

  @Test
  void aBoundedGatherMapOfSameThreadCallsBehindALimitRunsThemAll() {
    AsyncOptions options = AsyncOptions.defaults().withExecutor(Runnable::run).withMaxConcurrency(1);
    Dispatcher dispatcher = Dispatcher.of(options);
    List<Integer> inputs = IntStream.range(0, QUEUED).boxed().toList();
    List<CompletableFuture<List<Integer>>> mapped = new ArrayList<>();

    // Made inside a call that holds the slot: the map's calls queue, then each one's end makes
    // the next call (the map's drain loop) and passes the slot on (the bulkhead's loop).
    value(
        dispatcher.call(
            "X.first",
            () -> mapped.add(Gather.map(inputs, 2, i -> dispatcher.call("X.m", () -> i)))));

    assertEquals(inputs, value(mapped.get(0)));
    assertIdle(options);
  }

  @Test
  void aScopeOfSameThreadForksBehindALimitRunsThemAll() {
    AsyncOptions options = AsyncOptions.defaults().withExecutor(Runnable::run).withMaxConcurrency(1);
    AtomicInteger ran = new AtomicInteger();
    // join() waits without limit: a stalled queue must fail the test, not hang the build.
    assertTimeoutPreemptively(
        Duration.ofSeconds(TestFutures.WAIT_SECONDS),
        () -> {
          try (Scope scope = Scope.open(options)) {
            scope.fork(
                () -> {
                  for (int i = 0; i < QUEUED; i++) {
                    scope.fork(ran::incrementAndGet);
                  }
                  return null;
                });
            scope.join();
          }
        });
    assertEquals(QUEUED, ran.get());
    assertIdle(options);
  }

  @Test
  void aCallSettledBeforeItReachesTheQueueNeverJoinsIt() {
    Bulkhead bulkhead = new Bulkhead(1, 1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      TaskFuture<Integer> holding = task(bulkhead, () -> { release.await(); return 0; });
      bulkhead.submit("X.hold", holding, thread);
      TaskFuture<Integer> settled = task(bulkhead, () -> 1);
      settled.cancel(true); // as its timeout would, between the timer's start and the bulkhead

      bulkhead.submit("X.m", settled, thread);

      assertEquals(0, bulkhead.waiting(), "a settled call takes no place in the queue");
      TaskFuture<Integer> next = task(bulkhead, () -> 2);
      bulkhead.submit("X.next", next, thread);
      assertEquals(1, bulkhead.waiting(), "nor keeps a bounded queue's room from the next");
      release.countDown();
      assertEquals(0, value(holding));
      assertEquals(2, value(next));
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void callsTimingOutOnTheirWayToTheQueueLeaveNoTrace() throws Exception {
    ExecutorService threads = Executors.newCachedThreadPool();
    CountDownLatch release = new CountDownLatch(1);
    try {
      AsyncOptions options =
          AsyncOptions.defaults()
              .withExecutor(threads)
              .withMaxConcurrency(1, 1_000)
              .withTimeout(Duration.ofNanos(1))
              .withoutUnobservedFailureReport(); // no noise: this test observes every failure
      Dispatcher dispatcher = Dispatcher.of(options);
      CountDownLatch holding = new CountDownLatch(1);
      CompletableFuture<Integer> hold = Dispatcher.of(options.withoutTimeout()).call(
          "X.hold",
          () -> {
            holding.countDown();
            release.await();
            return 0;
          });
      TestFutures.await(holding, "the slot to be taken");
      List<CompletableFuture<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        calls.add(dispatcher.call("X.m", () -> 1));
      }
      for (CompletableFuture<Integer> call : calls) {
        assertInstanceOf(TimeoutException.class, failure(call));
      }

      assertEquals(0, options.bulkhead().orElseThrow().waiting(), "every timed-out call left");
      for (int i = 0; i < 1_000; i++) {
        assertInstanceOf(
            TimeoutException.class,
            failure(dispatcher.call("X.more", () -> 1)),
            "the queue has room for a thousand more: they time out, none is refused");
      }
      release.countDown();
      assertEquals(0, value(hold));
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aCallReturningAStageHoldsItsSlotUntilTheStageSettles() {
    AsyncOptions options = AsyncOptions.defaults().withExecutor(Runnable::run).withMaxConcurrency(1);
    Dispatcher dispatcher = Dispatcher.of(options);
    List<CompletableFuture<String>> stages = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stages.add(new CompletableFuture<>());
    }
    AtomicInteger made = new AtomicInteger();
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(dispatcher.callStage("Http.send", () -> stages.get(made.getAndIncrement())));
    }
    Bulkhead bulkhead = options.bulkhead().orElseThrow();

    for (int i = 0; i < 5; i++) {
      assertEquals(i + 1, made.get(), "one call in flight at a time, its stage included");
      assertEquals(1, bulkhead.running());
      assertEquals(4 - i, bulkhead.waiting());
      stages.get(i).complete("r" + i);
      assertEquals("r" + i, value(calls.get(i)));
    }
    assertIdle(options);
  }

  @Test
  void aStageCancelledWithItsCallOrItsTimeoutGivesTheSlotBack() {
    AsyncOptions options =
        AsyncOptions.defaults()
            .withExecutor(Runnable::run)
            .withMaxConcurrency(1)
            .withTimeout(Duration.ofMillis(200));
    Dispatcher dispatcher = Dispatcher.of(options);
    CompletableFuture<String> cancelledStage = new CompletableFuture<>();
    CompletableFuture<String> timedOutStage = new CompletableFuture<>();

    CompletableFuture<String> cancelled = dispatcher.callStage("Http.send", () -> cancelledStage);
    CompletableFuture<String> timedOut = dispatcher.callStage("Http.send", () -> timedOutStage);
    CompletableFuture<String> last = // the same limit, no timeout: it waits as long as it takes
        Dispatcher.of(options.withoutTimeout())
            .callStage("Http.send", () -> CompletableFuture.completedFuture("last"));
    assertEquals(2, options.bulkhead().orElseThrow().waiting());
    cancelled.cancel(true);

    assertTrue(cancelledStage.isCancelled());
    assertInstanceOf(TimeoutException.class, failure(timedOut));
    // Cancelled just after the timeout fails the call's future, on the timer thread.
    assertInstanceOf(CancellationException.class, failure(timedOutStage));
    assertEquals("last", value(last));
    assertIdle(options); // the last call ran on the timer thread, and freed its slot before settling
  }

  /**
   * Once a call's future is done, its slot is free: a call made then is neither refused nor queued
   * (before, the slot came back only after the future completed, on the thread that ran the call).
   */
  @Test
  void onceACallsFutureIsDoneItsSlotIsFree() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      AsyncOptions options = AsyncOptions.defaults().withExecutor(threads).withMaxConcurrency(1, 0);
      Dispatcher dispatcher = Dispatcher.of(options);
      int refused = 0;
      for (int i = 0; i < 10_000; i++) {
        CompletableFuture<Integer> call =
            i % 2 == 0
                ? dispatcher.call("X.m", () -> 1)
                : dispatcher.callStage("X.stage", () -> CompletableFuture.supplyAsync(() -> 1, threads));
        try {
          call.get(TestFutures.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
          assertInstanceOf(RejectedExecutionException.class, failed.getCause());
          refused++;
        }
      }
      assertEquals(0, refused, "calls refused although the call before had finished");
      assertIdle(options);
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * A call handed to its executor but not run yet, then cancelled, gives its slot back at once: the
   * executor may never run it. Here a pool shut down with {@code shutdownNow}, whose unrun tasks
   * are cancelled as the options' Javadoc says, and the limit then serves another executor.
   */
  @Test
  void callsCancelledInAShutDownPoolsQueueGiveTheirSlotsBack() throws Exception {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
    AsyncOptions options = AsyncOptions.defaults().withExecutor(pool).withMaxConcurrency(3);
    Dispatcher dispatcher = Dispatcher.of(options);
    CountDownLatch running = new CountDownLatch(1);
    CompletableFuture<Integer> blocking =
        dispatcher.call("X.block", () -> { running.countDown(); new CountDownLatch(1).await(); return -1; });
    running.await();
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Integer> second = dispatcher.call("X.second", ran::incrementAndGet);
    CompletableFuture<Integer> third = dispatcher.call("X.third", ran::incrementAndGet);
    assertEquals(3, options.bulkhead().orElseThrow().running(), "two in the pool's queue, one running");

    for (Runnable unrun : pool.shutdownNow()) {
      ((Future<?>) unrun).cancel(true);
    }

    assertInstanceOf(CancellationException.class, failure(second));
    assertInstanceOf(CancellationException.class, failure(third));
    assertInstanceOf(InterruptedException.class, failure(blocking)); // shutdownNow interrupts it
    assertTrue(pool.awaitTermination(TestFutures.WAIT_SECONDS, TimeUnit.SECONDS));
    assertIdle(options);
    assertEquals(0, ran.get(), "a cancelled call never runs");
    Dispatcher elsewhere = Dispatcher.of(options.withExecutor(Runnable::run));
    for (int i = 0; i < 5; i++) {
      int expected = i;
      assertEquals(expected, value(elsewhere.call("X.after", ran::getAndIncrement)), "the limit admits calls");
    }
  }

  /** The same with an executor that holds tasks: the slot passes on at the cancel, not the run. */
  @Test
  void aCallCancelledBeforeItsExecutorRunsItPassesItsSlotOnAtOnce() {
    List<Runnable> held = new ArrayList<>();
    AsyncOptions options = AsyncOptions.defaults().withExecutor(held::add).withMaxConcurrency(1);
    Dispatcher dispatcher = Dispatcher.of(options);
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Integer> first = dispatcher.call("X.first", ran::incrementAndGet);
    CompletableFuture<Integer> second = dispatcher.call("X.second", () -> 2);
    Bulkhead bulkhead = options.bulkhead().orElseThrow();
    assertEquals(1, held.size());
    assertEquals(1, bulkhead.waiting());

    AtomicInteger handedOverWhenCancelled = new AtomicInteger(-1);
    first.whenComplete((value, failure) -> handedOverWhenCancelled.set(held.size()));

    assertTrue(first.cancel(true));

    assertEquals(1, handedOverWhenCancelled.get(), "the next call starts after the future completed");
    assertEquals(2, held.size(), "the second call has the slot, and went to the executor");
    assertEquals(1, bulkhead.running());
    assertEquals(0, bulkhead.waiting());
    held.get(0).run(); // the executor gets to the cancelled call at last: nothing happens
    assertEquals(0, ran.get());
    assertEquals(1, bulkhead.running(), "the slot is not given back twice");
    held.get(1).run();
    assertEquals(2, value(second));
    assertIdle(options);
  }

  /**
   * A queued call that its executor refuses when its turn comes gives its slot back before its
   * future fails: whoever sees the failure (a fallback call, say) finds the slot free.
   */
  @Test
  void aRefusedCallsSlotIsFreeWhenItsFutureFails() {
    List<Runnable> held = new ArrayList<>();
    AsyncOptions options =
        AsyncOptions.defaults()
            .withExecutor(
                task -> {
                  if (!held.isEmpty()) {
                    throw new RejectedExecutionException("shut down");
                  }
                  held.add(task);
                })
            .withMaxConcurrency(1);
    Dispatcher dispatcher = Dispatcher.of(options);
    Bulkhead bulkhead = options.bulkhead().orElseThrow();
    CompletableFuture<Integer> first = dispatcher.call("X.first", () -> 1);
    CompletableFuture<Integer> refused = dispatcher.call("X.refused", () -> 2);
    AtomicInteger runningWhenRefused = new AtomicInteger(-1);
    refused.whenComplete((value, failure) -> runningWhenRefused.set(bulkhead.running()));

    held.get(0).run(); // the first call ends, its slot goes to the queued one, which is refused

    assertEquals(1, value(first));
    assertInstanceOf(RejectedExecutionException.class, failure(refused));
    assertEquals(0, runningWhenRefused.get(), "running calls, as the refused call's future failed");
    assertIdle(options);
  }

  /** A task with the hooks a dispatcher gives it: its end gives its slot back. */
  private static <T> TaskFuture<T> task(Bulkhead bulkhead, BlockingCall<T> body) {
    return new TaskFuture<>(
        body,
        false,
        new TaskHooks() {
          @Override
          void settled(TaskFuture<?> task, Throwable failure) {
            if (!task.started()) {
              bulkhead.settledBeforeStart(task);
            }
          }

          @Override
          void ended() {
            bulkhead.ended(this);
          }

          @Override
          void ran() {
            bulkhead.ran(this);
          }
        });
  }

  /**
   * Makes a first call that holds the one slot while it makes {@value #QUEUED} more, which queue
   * behind it, and returns their futures once it has returned.
   */
  private static List<CompletableFuture<Integer>> queuedBehindAFirstCall(Dispatcher dispatcher) {
    List<CompletableFuture<Integer>> queued = new ArrayList<>();
    CompletableFuture<Integer> first =
        dispatcher.call(
            "X.first",
            () -> {
              for (int i = 0; i < QUEUED; i++) {
                int value = i;
                queued.add(dispatcher.call("X.m", () -> value));
              }
              return -1;
            });
    assertEquals(-1, value(first));
    return queued;
  }

  /** Waits once for all of them (a hang fails in one wait, not one per call), then checks each. */
  private static void assertAllDoneInOrder(List<CompletableFuture<Integer>> calls) {
    assertEquals(QUEUED, calls.size());
    value(CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])));
    for (int i = 0; i < calls.size(); i++) {
      assertEquals(i, calls.get(i).join(), "call " + i);
    }
  }

  private static void assertIdle(AsyncOptions options) {
    Bulkhead bulkhead = options.bulkhead().orElseThrow();
    assertEquals(0, bulkhead.running(), bulkhead.toString());
    assertEquals(0, bulkhead.waiting(), bulkhead.toString());
  }

}
