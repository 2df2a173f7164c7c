package dev.asyncgen.cmp.mp;

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
import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.faulttolerance.FaultToleranceExtension;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceDefinitionException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The MicroProfile Fault Tolerance column of docs/comparison.md: SmallRye Fault Tolerance (the
 * implementation in Quarkus, WildFly and Open Liberty's peers) in a Weld SE container. Each test
 * method is named after its row.
 */
class MicroProfileComparisonTest {

  private final WeldContainer cdi = container(MpWork.class, MpRetrying.class).initialize();
  private final MpWork work = cdi.select(MpWork.class).get();
  private final Probe probe = new Probe();

  @AfterEach
  void shutDown() {
    probe.release();
    cdi.close();
    Probe.USER.remove();
    TenantContextProvider.TENANT.remove();
  }

  /** Weld SE without scanning: the given beans, Fault Tolerance, and MicroProfile Config. */
  static Weld container(Class<?>... beans) {
    return new Weld()
        .disableDiscovery()
        .addExtension(new FaultToleranceExtension())
        .addExtension(new ConfigExtension())
        .addBeanClasses(beans);
  }

  // (1) Cancelling: a CompletionStage's future is not interrupted; a Future is.

  @Test
  void cancel_aCompletionStageMethodIsNotInterrupted() throws Exception {
    CompletableFuture<Integer> call = work.hold(probe, 1).toCompletableFuture();
    probe.awaitStarted(1);

    assertTrue(call.cancel(true));
    Thread.sleep(200); // room for an interrupt to land, were one sent

    assertEquals(0, probe.interrupted(), "no interrupt reached the call");
    probe.release();
    assertTrue(probe.awaitFinished(), "the cancelled call ran to its end");
    assertEquals(0, probe.interrupted());
  }

  @Test
  void cancel_aFutureMethodIsInterrupted() throws Exception {
    Future<Integer> call = work.holdAsFuture(probe, 1);
    probe.awaitStarted(1);

    assertTrue(call.cancel(true));

    assertTrue(probe.awaitInterrupted(), "the blocking call was interrupted");
    assertEquals(0, probe.finished());
  }

  // (2) @Timeout with @Asynchronous fails the future; it interrupts a Future method's call, not a
  // CompletionStage method's.

  @Test
  void timeout_failsACompletionStageMethodsFutureButDoesNotInterruptTheCall() throws Exception {
    CompletableFuture<Integer> call = work.holdWithTimeout(probe, 1).toCompletableFuture();

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());
    Thread.sleep(200); // room for an interrupt to land, were one sent

    assertEquals(0, probe.interrupted(), "no interrupt reached the call");
    assertEquals(0, probe.finished(), "still running after its timeout");
    probe.release();
    assertTrue(probe.awaitFinished(), "the timed-out call ran to its end");
    assertEquals(0, probe.interrupted());
  }

  @Test
  void timeout_failsAFutureMethodsFutureAndInterruptsTheCall() throws Exception {
    Future<Integer> call = work.holdAsFutureWithTimeout(probe, 1);

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());
    assertTrue(probe.awaitInterrupted(), "the blocking call was interrupted");
    assertEquals(0, probe.finished());
  }

  // (3) @Bulkhead with @Asynchronous: the caller is never blocked; the queue is bounded.

  @Test
  void bulkhead_limitsConcurrencyWithoutBlockingTheCaller() throws Exception {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(work.holdInBulkhead(probe, i).toCompletableFuture());
    }
    probe.awaitStarted(2);
    Thread.sleep(200); // room for a third to start, were the limit broken
    assertEquals(2, probe.started(), "two running, eighteen waiting");
    assertTrue(calls.stream().noneMatch(CompletableFuture::isDone));

    probe.release();
    for (int i = 0; i < 20; i++) {
      assertEquals(i, calls.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
    assertEquals(2, probe.maxRunning());
  }

  @Test
  void bulkhead_aCallBeyondTheWaitingQueueFailsItsFutureNotTheCaller() throws Exception {
    CompletableFuture<Integer> running = work.holdInSmallBulkhead(probe, 1).toCompletableFuture();
    probe.awaitStarted(1);
    CompletableFuture<Integer> waiting = work.holdInSmallBulkhead(probe, 2).toCompletableFuture();

    CompletableFuture<Integer> rejected = work.holdInSmallBulkhead(probe, 3).toCompletableFuture();

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> rejected.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(BulkheadException.class, failure.getCause());
    probe.release();
    assertEquals(1, running.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, waiting.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, probe.started());
  }

  @Test
  void bulkhead_aCancelledWaitingCallStillRunsWhenASlotFrees() throws Exception {
    CompletableFuture<Integer> running = work.holdInSmallBulkhead(probe, 1).toCompletableFuture();
    probe.awaitStarted(1);
    Probe cancelled = new Probe();
    cancelled.release(); // returns at once, if it ever runs
    CompletableFuture<Integer> waiting = work.holdInSmallBulkhead(cancelled, 2).toCompletableFuture();

    assertTrue(waiting.cancel(true));
    probe.release();

    assertEquals(1, running.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    // One slot: a call made now runs after whatever waited before it.
    Probe later = new Probe();
    later.release();
    assertEquals(3, work.holdInSmallBulkhead(later, 3).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertEquals(1, cancelled.started(), "the cancelled call ran all the same");
  }

  // (4) Context propagation: not in Fault Tolerance itself; MicroProfile Context Propagation
  // carries a thread-local that has a ThreadContextProvider, which you write.

  @Test
  void context_aCallersThreadLocalIsNotVisibleInTheCall() throws Exception {
    Probe.USER.set("ada");

    assertNull(work.user(probe).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertNotEquals(Thread.currentThread(), probe.lastThread());
  }

  @Test
  void context_aThreadContextProviderYouWriteCarriesItAndItIsClearedAfter() throws Exception {
    try (WeldContainer propagating = container(MpWork.class, ContextPropagatingExecutorProvider.class).initialize()) {
      MpWork withContext = propagating.select(MpWork.class).get();
      TenantContextProvider.TENANT.set("acme");

      assertEquals("acme", withContext.tenant(probe).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
      Thread asyncThread = probe.lastThread();
      assertNotEquals(Thread.currentThread(), asyncThread);

      // Called again without one, on the same (only) thread: nothing is left from the call before.
      TenantContextProvider.TENANT.remove();
      assertNull(withContext.tenant(probe).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
      assertSame(asyncThread, probe.lastThread());
    }
  }

  @Test
  void context_withoutContextPropagationEvenAProvidersThreadLocalIsNotVisible() throws Exception {
    TenantContextProvider.TENANT.set("acme");

    assertNull(work.tenant(probe).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (5) Interfaces you do not own: a JDK interface's method, as it is, cannot be @Asynchronous.

  @Test
  void foreignInterface_asynchronousOnAJdkInterfacesMethodIsRefusedAtDeployment() {
    Weld weld = container(MpSupplier.class);

    RuntimeException refused = assertThrows(RuntimeException.class, () -> weld.initialize().close());

    FaultToleranceDefinitionException cause = causeOfType(refused, FaultToleranceDefinitionException.class);
    assertTrue(cause.getMessage().contains("get"), cause.getMessage());
  }

  // (6) Self-invocation: a call through `this` is not intercepted, and runs synchronously.

  @Test
  void selfInvocation_throughThisRunsSynchronouslyOnTheCallersThread() {
    CompletableFuture<String> call = work.threadNameThroughThis(probe).toCompletableFuture();

    assertTrue(call.isDone(), "already done when it returned");
    assertSame(Thread.currentThread(), probe.lastThread(), "ran on the caller's thread");
  }

  // (7) Failures surface as the method's own exception.

  @Test
  void failure_getThrowsExecutionExceptionCausedByTheMethodsOwnException() throws Exception {
    CompletableFuture<String> call = work.fail(probe, "disk full").toCompletableFuture();

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    IOException cause = assertInstanceOf(IOException.class, failure.getCause());
    assertEquals("disk full", cause.getMessage());
  }

  // (8) Native image: Weld defines the bean's proxy and interceptor subclass at run time.

  @Test
  void nativeImage_theBeanIsAProxyClassGeneratedAtRunTime() {
    Class<?> type = work.getClass();

    assertNotEquals(MpWork.class, type);
    assertTrue(MpWork.class.isAssignableFrom(type));
    assertTrue(type.getName().contains("Weld"), type.getName());
    assertFalse(Proxy.isProxyClass(type), "a generated subclass, not a JDK proxy");
    String classFile = type.getName().replace('.', '/') + ".class";
    assertNull(MpWork.class.getClassLoader().getResource(classFile), "no class file: defined at run time");
  }

  private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (type.isInstance(suppressed)) {
          return type.cast(suppressed);
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
  }

  // (9) Retry: @Retry for the exceptions named, SmallRye's @ExponentialBackoff for the growth.

  @Test
  void retry_retriesTheNamedExceptionsWithAGrowingDelay() throws Exception {
    RetryRow.retriesTheNamedExceptionsWithAGrowingDelay(retrying()::attempt, Duration.ofMillis(190));
  }


  // (10) Between attempts of an asynchronous call SmallRye waits on its timer: no thread is held.

  @Test
  void retry_waitingBetweenAttemptsHoldsNoThread() throws Exception {
    MpRetrying retrying = retrying();
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = retrying.attemptSlowly(once, 7).toCompletableFuture();
    once.awaitAttempts(1);
    Thread.sleep(300); // well inside the two seconds' wait

    assertFalse(Flaky.isHeld(once.threadOf(1)), "the thread of attempt 1 went back to its pool");
    assertEquals(7, call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (11) Cancelling the future between attempts: the retries go on.

  @Test
  void retry_cancellingBetweenAttemptsDoesNotStopTheRetries() throws Exception {
    MpRetrying retrying = retrying();
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = retrying.attemptSlowly(once, 7).toCompletableFuture();
    once.awaitAttempts(1);

    assertTrue(call.cancel(true));

    once.awaitAttempts(2); // two seconds later, the next attempt begins all the same
    assertEquals(0, once.interrupted());
  }

  // (12) @Timeout with @Retry times each attempt: attempts that each finish within it are all
  // made, however long they take together.

  @Test
  void retry_theTimeoutIsPerAttemptNotForTheWholeCall() throws Exception {
    MpRetrying retrying = retrying();
    Flaky slow = Flaky.failingWithIoException(Integer.MAX_VALUE).taking(Duration.ofMillis(600));
    long start = System.nanoTime();
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> retrying.attemptWithinTimeout(slow, 7).toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertInstanceOf(IOException.class, failed.getCause(), "the last attempt's failure, not a timeout");
    assertEquals(6, slow.attempts(), "every retry was made");
    assertEquals(0, slow.interrupted());
    assertTrue(tookMillis >= 3_000, "six attempts of 600 ms, far past the 1 s timeout: " + tookMillis + " ms");
  }

  private MpRetrying retrying() {
    return cdi.select(MpRetrying.class).get();
  }
}
