package dev.asyncgen.cmp.asyncgen;

import static dev.asyncgen.cmp.Probe.PATIENCE_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.ContextPropagator;
import dev.asyncgen.Dispatcher;
import dev.asyncgen.Retry;
import dev.asyncgen.cmp.ConstantPool;
import dev.asyncgen.cmp.Flaky;
import dev.asyncgen.cmp.Probe;
import dev.asyncgen.cmp.RetryRow;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The asyncgen column of docs/comparison.md: each test method is named after its row.
 * {@code integration-tests} tests the same features in more depth ({@code it/options/} and
 * {@code it/of/}).
 */
class AsyncgenComparisonTest {

  private final Probe probe = new Probe();
  private final ProbeWork work = new ProbeWork();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void shutDown() {
    probe.release();
    threads.shutdownNow();
    Probe.USER.remove();
  }

  private WorkAsync facade(AsyncOptions options) {
    return WorkAsync.of(work, options.withExecutor(threads));
  }

  // (1) Cancelling the returned future interrupts the running call.

  @Test
  void cancel_interruptsTheRunningCall() throws Exception {
    CompletableFuture<Integer> call = facade(AsyncOptions.defaults()).hold(probe, 1);
    probe.awaitStarted(1);

    assertTrue(call.cancel(true));

    assertTrue(probe.awaitInterrupted(), "the blocking call was interrupted");
    assertEquals(0, probe.finished());
  }

  // (2) A timeout fails the future and interrupts the work.

  @Test
  void timeout_failsTheFutureAndInterruptsTheCall() throws Exception {
    // A second: long enough for the call to start on a busy machine before it times out.
    WorkAsync timed = facade(AsyncOptions.defaults().withTimeout(Duration.ofSeconds(1)));

    CompletableFuture<Integer> call = timed.hold(probe, 1);

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());
    assertTrue(probe.awaitInterrupted(), "the blocking call was interrupted");
    assertEquals(0, probe.finished());
  }

  // (3) A bulkhead that does not block the caller's thread.

  @Test
  void bulkhead_limitsConcurrencyWithoutBlockingTheCaller() throws Exception {
    WorkAsync limited = facade(AsyncOptions.defaults().withMaxConcurrency(2));

    // All twenty calls return to this thread while no call can finish: none blocked the caller.
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(limited.hold(probe, i));
    }
    probe.awaitStarted(2);
    Thread.sleep(200); // room for a third to start, were the limit broken
    assertEquals(2, probe.started(), "two running, eighteen queued");
    assertTrue(calls.stream().noneMatch(CompletableFuture::isDone));

    probe.release();
    for (int i = 0; i < 20; i++) {
      assertEquals(i, calls.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
    assertEquals(2, probe.maxRunning());
  }

  @Test
  void bulkhead_aCancelledQueuedCallNeverStarts() throws Exception {
    WorkAsync limited = facade(AsyncOptions.defaults().withMaxConcurrency(1));
    CompletableFuture<Integer> running = limited.hold(probe, 1);
    probe.awaitStarted(1);
    CompletableFuture<Integer> queued = limited.hold(probe, 2);

    assertTrue(queued.cancel(true));
    probe.release();

    assertEquals(1, running.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertNotNull(limited.threadName(probe).get(PATIENCE_SECONDS, TimeUnit.SECONDS)); // queue drained
    assertThrows(CancellationException.class, queued::join);
    assertEquals(1, probe.started(), "the cancelled call never started");
  }

  // (4) Context propagation: the caller's thread-local context is visible in the call and
  // cleared after it.

  @Test
  void context_isVisibleInTheCallAndClearedAfter() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      WorkAsync withUser =
          WorkAsync.of(
              work,
              AsyncOptions.defaults()
                  .withExecutor(single)
                  .withContext(ContextPropagator.ofThreadLocal(Probe.USER)));

      Probe.USER.set("ada");
      assertEquals("ada", withUser.user(probe).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
      assertNotEquals(Thread.currentThread(), probe.lastThread());

      // The same pooled thread, running a plain task next, holds no context.
      assertNull(single.submit(Probe.USER::get).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void context_isNotPropagatedUnlessAsked() throws Exception {
    Probe.USER.set("ada");

    assertNull(facade(AsyncOptions.defaults()).user(probe).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (5) Works for interfaces you do not own, with no wrapper to write.

  @Test
  void foreignInterface_aJdkBlockingQueueGetsAFacadeFromAsyncOf() throws Exception {
    LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      // BlockingQueueAsync is written by @Async.Of(BlockingQueue.class) in package-info.java.
      BlockingQueueAsync<String> async = BlockingQueueAsync.of(queue, oneThread);

      CompletableFuture<String> taken = async.take();
      assertFalse(taken.isDone(), "take() blocks on another thread, not this one");
      queue.put("hello");
      assertEquals("hello", taken.get(PATIENCE_SECONDS, TimeUnit.SECONDS));

      CompletableFuture<String> cancelled = async.take();
      assertTrue(cancelled.cancel(true)); // interrupts the blocked take(): it consumes nothing
      // Put once the thread is free again, i.e. once the interrupt has ended take(): a put racing
      // the interrupt may wake take() first (a Condition's signal can win over an interrupt that
      // came before it), as with any interrupted consumer.
      oneThread.submit(() -> {}).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
      queue.put("kept");
      assertEquals("kept", queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
    } finally {
      oneThread.shutdownNow();
    }
  }

  // (6) No proxy, so no self-invocation trap.

  @Test
  void selfInvocation_callingTheFacadeFromInsideTheObjectStillRunsAsynchronously() throws Exception {
    CompletableFuture<String> call = work.threadNameFromInside(probe);

    call.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertNotEquals(Thread.currentThread(), probe.lastThread(), "ran on another thread");
  }

  // (7) Failures surface as the method's own exception.

  @Test
  void failure_getThrowsExecutionExceptionCausedByTheMethodsOwnException() {
    CompletableFuture<String> call = facade(AsyncOptions.defaults()).fail(probe, "disk full");

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    IOException cause = assertInstanceOf(IOException.class, failure.getCause());
    assertEquals("disk full", cause.getMessage());
    CompletionException joined = assertThrows(CompletionException.class, call::join);
    assertSame(cause, joined.getCause());
  }

  @Test
  void failure_aVoidMethodsExceptionReachesTheCallerToo() {
    CompletableFuture<Void> call = facade(AsyncOptions.defaults()).failVoid(probe, "disk full");

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    assertInstanceOf(IOException.class, failure.getCause());
  }

  // (8) Native-image friendly: no proxies, no reflection; plain code written at compile time.

  @Test
  void nativeImage_theFacadeIsAPlainFinalClassCompiledWithTheApplication() {
    WorkAsync facade = WorkAsync.of(work);
    Class<?> type = facade.getClass();

    assertFalse(Proxy.isProxyClass(type));
    assertEquals("dev.asyncgen.cmp.asyncgen.WorkAsyncImpl", type.getName());
    assertTrue(Modifier.isFinal(type.getModifiers()));
    assertFalse(type.isSynthetic());
    assertEquals(Object.class, type.getSuperclass());
    assertEquals(List.of(WorkAsync.class), List.of(type.getInterfaces()));
    // Written by the processor at compile time: its class file is on the class path.
    assertNotNull(type.getResource("WorkAsyncImpl.class"));
  }

  @Test
  void nativeImage_theGeneratedCodeNeitherReflectsNorLooksAnythingUpByName() throws Exception {
    for (Class<?> generated : List.of(WorkAsync.class, WorkAsyncImpl.class, BlockingQueueAsync.class)) {
      ConstantPool pool = constantPool(generated);
      assertFalse(pool.mentions("java/lang/reflect/"), generated + " mentions java.lang.reflect");
      assertFalse(pool.calls("java/lang/Class.forName"), generated + " calls Class.forName");
      assertTrue(
          pool.methodRefs().stream().noneMatch(m -> m.startsWith("java/lang/invoke/MethodHandles$Lookup.find")),
          generated + " looks up a method handle by name");
    }
  }

  /**
   * The runtime library never touches {@code java.lang.reflect} (so no {@code Proxy}). It does look
   * things up by name, and this test pins down exactly where, so that a new lookup is a decision:
   * {@code VarHandle}s for its own fields (the {@code AtomicReferenceFieldUpdater} of modern Java),
   * and on JDK 21+ {@code Thread.ofVirtual()}, which a {@code --release 17} library can only reach
   * through {@code Class.forName} and method handles. All use constant names, which GraalVM's
   * native-image folds at build time; this project does not build a native image to prove it.
   */
  @Test
  void nativeImage_theRuntimeUsesNoReflectionAndLooksUpByNameOnlyWhereExpected() throws Exception {
    Map<String, ConstantPool> runtime = runtimeClasses();
    assertTrue(runtime.containsKey("dev/asyncgen/Dispatcher"), runtime.keySet().toString());

    TreeSet<String> forName = new TreeSet<>();
    TreeSet<String> methodHandleLookups = new TreeSet<>();
    TreeSet<String> varHandleLookups = new TreeSet<>();
    runtime.forEach(
        (name, pool) -> {
          assertFalse(pool.mentions("java/lang/reflect/"), name + " mentions java.lang.reflect");
          if (pool.calls("java/lang/Class.forName")) {
            forName.add(name);
          }
          if (pool.calls("java/lang/invoke/MethodHandles$Lookup.findStatic")
              || pool.calls("java/lang/invoke/MethodHandles$Lookup.findVirtual")) {
            methodHandleLookups.add(name);
          }
          if (pool.calls("java/lang/invoke/MethodHandles$Lookup.findVarHandle")) {
            varHandleLookups.add(name);
          }
        });

    String virtualThreads = "dev/asyncgen/AsyncExecutors$VirtualThreadExecutor";
    assertEquals(List.of(virtualThreads), List.copyOf(forName));
    assertEquals(List.of(virtualThreads), List.copyOf(methodHandleLookups));
    assertEquals(List.of("dev/asyncgen/VarHandles"), List.copyOf(varHandleLookups));
  }

  private static ConstantPool constantPool(Class<?> type) throws IOException {
    String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(file)) {
      assertNotNull(in, file);
      return ConstantPool.read(in.readAllBytes());
    }
  }

  /** Every class of the runtime library, from its jar or its classes folder. */
  private static Map<String, ConstantPool> runtimeClasses() throws Exception {
    URI location = Dispatcher.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    Map<String, ConstantPool> classes = new TreeMap<>();
    if (Files.isDirectory(root)) {
      collect(root, classes);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        collect(jar.getPath("/"), classes);
      }
    }
    return classes;
  }

  private static void collect(Path root, Map<String, ConstantPool> classes) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("dev/asyncgen/") && relative.endsWith(".class")) {
          classes.put(
              relative.substring(0, relative.length() - ".class".length()),
              ConstantPool.read(Files.readAllBytes(file)));
        }
      }
    }
  }

  // (9) Retry: withRetry, for the exceptions named, with a growing delay.

  @Test
  void retry_retriesTheNamedExceptionsWithAGrowingDelay() throws Exception {
    WorkAsync retrying =
        facade(
            AsyncOptions.defaults()
                .withRetry(
                    Retry.on(IOException.class)
                        .withMaxAttempts(3)
                        .withBackoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1))
                        .withJitter(0.1)));

    RetryRow.retriesTheNamedExceptionsWithAGrowingDelay(retrying::attempt, Duration.ofMillis(180));
  }


  // (10) Between attempts the call waits on the runtime's timer: no thread is held.

  @Test
  void retry_waitingBetweenAttemptsHoldsNoThread() throws Exception {
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = slowRetry().attempt(once, 7);
    once.awaitAttempts(1);
    Thread.sleep(300); // well inside the two seconds' wait

    assertFalse(Flaky.isHeld(once.threadOf(1)), "the thread of attempt 1 went back to its pool");
    assertEquals(7, call.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
  }

  // (11) Cancelling the future between attempts ends the call: no attempt follows.

  @Test
  void retry_cancellingBetweenAttemptsStopsTheRetries() throws Exception {
    Flaky once = Flaky.failingWithIoException(1);
    CompletableFuture<Integer> call = slowRetry().attempt(once, 7);
    once.awaitAttempts(1);

    assertTrue(call.cancel(true));
    Thread.sleep(2_500); // past the time the next attempt would have begun

    assertEquals(1, once.attempts());
  }

  // (12) The facade's timeout covers every attempt and wait, and interrupts the attempt running.

  @Test
  void retry_theTimeoutCoversEveryAttemptAndInterruptsTheRunningOne() throws Exception {
    WorkAsync retrying =
        facade(
            AsyncOptions.defaults()
                .withTimeout(Duration.ofMillis(1000))
                .withRetry(
                    Retry.on(IOException.class)
                        .withMaxAttempts(6)
                        .withBackoff(Duration.ofMillis(100), 1.0, Duration.ofMillis(100))
                        .withJitter(0)));
    Flaky slow = Flaky.failingWithIoException(Integer.MAX_VALUE).taking(Duration.ofMillis(600));

    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> retrying.attempt(slow, 7).get(PATIENCE_SECONDS, TimeUnit.SECONDS));

    assertInstanceOf(TimeoutException.class, failed.getCause());
    assertEquals("Work.attempt timed out after 1s", failed.getCause().getMessage());
    assertEquals(2, slow.attempts(), "the second attempt began before the timeout");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (slow.interrupted() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(1, slow.interrupted(), "and was interrupted at the timeout");
  }

  /** Two seconds between attempts: room to look at what happens meanwhile. */
  private WorkAsync slowRetry() {
    return facade(
        AsyncOptions.defaults()
            .withRetry(
                Retry.on(IOException.class)
                    .withMaxAttempts(4)
                    .withBackoff(Duration.ofSeconds(2), 1.0, Duration.ofSeconds(2))
                    .withJitter(0)));
  }
}
