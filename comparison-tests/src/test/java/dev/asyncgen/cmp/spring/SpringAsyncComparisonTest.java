package dev.asyncgen.cmp.spring;

import static dev.asyncgen.cmp.Probe.PATIENCE_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.cmp.Flaky;
import dev.asyncgen.cmp.Probe;
import dev.asyncgen.cmp.RetryRow;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.interceptor.AsyncExecutionInterceptor;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The Spring {@code @Async} column of docs/comparison.md, on Spring Framework 7: each test method
 * is named after its row and shows what Spring does, including what it offers instead where
 * {@code @Async} itself has nothing.
 */
class SpringAsyncComparisonTest {

  private final AnnotationConfigApplicationContext spring =
      new AnnotationConfigApplicationContext(SpringConfig.class);
  private final SpringWork work = spring.getBean(SpringWork.class);
  private final Probe probe = new Probe();

  @AfterEach
  void shutDown() {
    probe.release();
    spring.close();
    Probe.USER.remove();
  }

  // (1) Cancelling the returned future does not interrupt the running call.

  @Test
  void cancel_doesNotInterruptTheRunningCall() throws Exception {
    CompletableFuture<Integer> call = work.hold(probe, 1);
    probe.awaitStarted(1);

    assertTrue(call.cancel(true));
    Thread.sleep(200); // room for an interrupt to land, were one sent

    assertEquals(0, probe.interrupted(), "no interrupt reached the call");
    probe.release();
    assertTrue(probe.awaitFinished(), "the cancelled call ran to its end");
    assertEquals(0, probe.interrupted());
  }

  // (2) No timeout in @Async; the JDK's orTimeout fails the future but leaves the call running.

  @Test
  void timeout_orTimeoutFailsTheFutureButTheCallRunsOnUninterrupted() throws Exception {
    CompletableFuture<Integer> async = work.hold(probe, 1);
    probe.awaitStarted(1); // a call timed out before it starts would be skipped, not run on
    CompletableFuture<Integer> call = async.orTimeout(200, TimeUnit.MILLISECONDS);

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());

    assertEquals(0, probe.finished(), "still running after its timeout");
    assertEquals(0, probe.interrupted());
    probe.release();
    assertTrue(probe.awaitFinished(), "the timed-out call ran to its end");
    assertEquals(0, probe.interrupted());
  }

  // (3) A bulkhead: a bounded executor per @Async("name") does not block the caller; Spring 7's
  // @ConcurrencyLimit does.

  @Test
  void bulkhead_aBoundedExecutorLimitsConcurrencyWithoutBlockingTheCaller() throws Exception {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(work.holdInBulkhead(probe, i));
    }
    probe.awaitStarted(2);
    Thread.sleep(200); // room for a third to start, were the limit broken
    assertEquals(2, probe.started(), "two running, eighteen queued in the executor");
    assertTrue(calls.stream().noneMatch(CompletableFuture::isDone));

    probe.release();
    for (int i = 0; i < 20; i++) {
      assertEquals(i, calls.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
    assertEquals(2, probe.maxRunning());
  }

  @Test
  void bulkhead_aCancelledQueuedCallNeverStarts() throws Exception {
    CompletableFuture<Integer> first = work.holdInBulkhead(probe, 1);
    CompletableFuture<Integer> second = work.holdInBulkhead(probe, 2);
    probe.awaitStarted(2);
    CompletableFuture<Integer> queued = work.holdInBulkhead(probe, 3);

    assertTrue(queued.cancel(true));
    probe.release();

    assertEquals(1, first.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, second.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    ThreadPoolTaskExecutor bulkhead = spring.getBean(SpringConfig.BULKHEAD, ThreadPoolTaskExecutor.class);
    awaitTrue(() -> bulkhead.getQueueSize() == 0 && bulkhead.getActiveCount() == 0, "queue drained");
    assertEquals(2, probe.started(), "the cancelled call never started");
  }

  @Test
  void bulkhead_concurrencyLimitBlocksTheCallersThread() throws Exception {
    SpringLimited limited = spring.getBean(SpringLimited.class);
    AtomicInteger returned = new AtomicInteger();
    Thread firstCaller = callerThread(() -> returned.addAndGet(limited.hold(probe, 1)));
    firstCaller.start();
    probe.awaitStarted(1);

    Thread secondCaller = callerThread(() -> returned.addAndGet(limited.hold(probe, 2)));
    secondCaller.start();

    awaitTrue(() -> secondCaller.getState() == Thread.State.WAITING, "the second caller blocks");
    assertEquals(1, probe.started(), "the second call waits for the first, on its caller's thread");
    probe.release();
    firstCaller.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
    secondCaller.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
    assertEquals(3, returned.get());
  }

  // (4) Context propagation: none by default; a TaskDecorator you write can carry and clear it.

  @Test
  void context_aCallersThreadLocalIsNotVisibleInTheCall() throws Exception {
    Probe.USER.set("ada");

    assertNull(work.user(probe).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertNotEquals(Thread.currentThread(), probe.lastThread());
  }

  @Test
  void context_aTaskDecoratorCarriesItAndClearsItAfter() throws Exception {
    Probe.USER.set("ada");
    assertEquals("ada", work.userWithTaskDecorator(probe).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertNotEquals(Thread.currentThread(), probe.lastThread());

    // The executor's one thread, running the next task for a caller without context, holds none.
    Probe.USER.remove();
    ThreadPoolTaskExecutor single = spring.getBean(SpringConfig.WITH_CONTEXT, ThreadPoolTaskExecutor.class);
    assertNull(single.submit(Probe.USER::get).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (5) Interfaces you do not own: @Async only makes methods returning void or a Future
  // asynchronous, so a JDK interface needs a wrapper bean.

  @Test
  void foreignInterface_springsAsyncInterceptorRefusesAJdkInterfacesMethods() throws Exception {
    LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    ProxyFactory factory = new ProxyFactory(queue);
    factory.addAdvice(new AsyncExecutionInterceptor(spring.getBean("taskExecutor", ThreadPoolTaskExecutor.class)));
    @SuppressWarnings("unchecked") // the proxy implements the queue's interfaces
    BlockingQueue<String> async = (BlockingQueue<String>) factory.getProxy();

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, async::take);
    assertTrue(refused.getMessage().contains("only Future and void supported"), refused.getMessage());

    // take() never ran: an element put now is still there.
    queue.put("hello");
    assertEquals("hello", queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (6) The proxy trap: calling an @Async method on `this` runs it synchronously.

  @Test
  void selfInvocation_throughThisRunsSynchronouslyOnTheCallersThread() {
    CompletableFuture<String> call = work.threadNameThroughThis(probe);

    assertTrue(call.isDone(), "already done when it returned");
    assertSame(Thread.currentThread(), probe.lastThread(), "ran on the caller's thread");
  }

  @Test
  void selfInvocation_throughTheBeansInjectedOwnProxyRunsAsynchronously() throws Exception {
    CompletableFuture<String> call = work.threadNameThroughSelfProxy(probe);

    call.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertNotEquals(Thread.currentThread(), probe.lastThread());
  }

  // (7) Failures: a future-returning method's exception is the future's cause; a void method's
  // goes to the AsyncUncaughtExceptionHandler, not to the caller.

  @Test
  void failure_getThrowsExecutionExceptionCausedByTheMethodsOwnException() throws Exception {
    CompletableFuture<String> call = work.fail(probe, "disk full");

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    IOException cause = assertInstanceOf(IOException.class, failure.getCause());
    assertEquals("disk full", cause.getMessage());
  }

  @Test
  void failure_aVoidMethodsExceptionGoesToTheUncaughtHandlerNotTheCaller() throws Exception {
    SpringConfig config = spring.getBean(SpringConfig.class);

    work.failVoid(probe, "disk full"); // returns normally: the caller has nothing to wait on

    awaitTrue(() -> !config.uncaught.isEmpty(), "the handler was told");
    IOException cause = assertInstanceOf(IOException.class, config.uncaught.get(0));
    assertEquals("disk full", cause.getMessage());
  }

  // (8) Native image: the bean is a proxy class generated at run time.

  @Test
  void nativeImage_theAsyncBeanIsAProxyClassGeneratedAtRunTime() {
    assertTrue(AopUtils.isAopProxy(work));
    assertTrue(AopUtils.isCglibProxy(work), work.getClass().getName());
    assertFalse(Proxy.isProxyClass(work.getClass()), "a CGLIB subclass, not a JDK proxy");
    assertNotEquals(SpringWork.class, work.getClass());
    String classFile = work.getClass().getName().replace('.', '/') + ".class";
    assertNull(SpringWork.class.getClassLoader().getResource(classFile), "no class file: defined at run time");
  }

  private static Thread callerThread(ThrowingRunnable body) {
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    thread.setDaemon(true);
    return thread;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE_SECONDS + "s: " + what);
      }
      Thread.sleep(5);
    }
  }

  // (9) Retry: Spring 7's own @Retryable, for the exceptions named, with a growing delay.

  @Test
  void retry_retriesTheNamedExceptionsWithAGrowingDelay() throws Exception {
    SpringRetrying retrying = spring.getBean(SpringRetrying.class);
    // Spring scales the jitter with the delay (ExponentialBackOff.applyJitter: jitter * interval /
    // initialInterval), so the second wait is 200 ms minus up to 20 ms, not 10.
    RetryRow.retriesTheNamedExceptionsWithAGrowingDelay(retrying::attempt, Duration.ofMillis(180));
  }


  // (10) The attempts run inside @Async: between them the executor's thread sleeps.

  @Test
  void retry_waitingBetweenAttemptsHoldsTheExecutorsThread() throws Exception {
    SpringRetrying retrying = spring.getBean(SpringRetrying.class);
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = retrying.attemptSlowly(once, 7);
    once.awaitAttempts(1);
    Thread.sleep(300); // well inside the two seconds' wait

    assertTrue(Flaky.isHeld(once.threadOf(1)), "the thread of attempt 1 waits for attempt 2");
    assertEquals(7, call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertSame(once.threadOf(1), once.threadOf(2), "both attempts on the one thread");
  }

  // (11) Cancelling the future between attempts: the retries go on.

  @Test
  void retry_cancellingBetweenAttemptsDoesNotStopTheRetries() throws Exception {
    SpringRetrying retrying = spring.getBean(SpringRetrying.class);
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = retrying.attemptSlowly(once, 7);
    once.awaitAttempts(1);

    assertTrue(call.cancel(true));

    once.awaitAttempts(2); // two seconds later, the next attempt begins all the same
    assertEquals(0, once.interrupted());
  }

  // (12) @Retryable(timeout = ...) stops retrying once it has passed, but never cuts an attempt
  // short: the call ends when the attempt running at the timeout ends.

  @Test
  void retry_theTimeoutStopsFurtherAttemptsButDoesNotInterruptTheRunningOne() throws Exception {
    SpringRetrying retrying = spring.getBean(SpringRetrying.class);
    Flaky slow = Flaky.failingWithIoException(Integer.MAX_VALUE).taking(Duration.ofMillis(600));
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> retrying.attemptWithinTimeout(slow, 7).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(IOException.class, failed.getCause(), "the last attempt's own failure");
    assertEquals(0, slow.interrupted(), "no attempt was interrupted");
    assertEquals(2, slow.attempts(), "the second attempt began before the timeout, and ran to its end");
  }
}
