package dev.asyncgen.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.CallEvent;
import dev.asyncgen.ContextPropagator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults at every stage: the caller gets one clear outcome, nothing hangs, and the next call
 * works, on the same pooled thread.
 */
class FaultTest {

  private final ExecutorService single = Executors.newSingleThreadExecutor();

  private final Faulty service =
      new Faulty() {
        @Override
        public String call(Throwable failure) throws Throwable {
          throw failure;
        }

        @Override
        public String ok(String value) {
          return value + " on " + Thread.currentThread().getName();
        }
      };

  @AfterEach
  void shutDown() {
    single.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"error", "runtime", "checked", "throwable"})
  void whateverTheSyncMethodThrowsIsTheCauseAndTheThreadSurvivesIt(String kind) throws Exception {
    Throwable failure =
        switch (kind) {
          case "error" -> new OutOfMemoryError("simulated");
          case "runtime" -> new IllegalStateException("runtime");
          case "checked" -> new IOException("checked");
          default -> new Throwable("plain throwable");
        };
    FaultyAsync facade = FaultyAsync.of(service, single);
    String before = facade.ok("before").get(10, TimeUnit.SECONDS);

    ExecutionException thrown =
        assertThrows(ExecutionException.class, () -> facade.call(failure).get(10, TimeUnit.SECONDS));

    assertSame(failure, thrown.getCause());
    assertEquals(before.replace("before", "after"), facade.ok("after").get(10, TimeUnit.SECONDS));
  }

  @Test
  void anExecutorThatRejectsFailsTheFutureAndTheNextFacadeWorks() throws Exception {
    FaultyAsync rejecting =
        FaultyAsync.of(service, task -> { throw new RejectedExecutionException("full"); });

    CompletableFuture<String> refused = rejecting.ok("x");

    assertInstanceOf(RejectedExecutionException.class,
        assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS)).getCause());
    assertTrue(FaultyAsync.of(service, single).ok("y").get(10, TimeUnit.SECONDS).startsWith("y"));
  }

  @Test
  void anInterruptedCallerStillGetsItsFutureAndKeepsItsInterrupt() throws Exception {
    FaultyAsync facade = FaultyAsync.of(service, single);
    Thread.currentThread().interrupt();
    CompletableFuture<String> call;
    try {
      call = facade.ok("while interrupted");
      assertTrue(Thread.currentThread().isInterrupted(), "the caller's interrupt is left as it was");
    } finally {
      Thread.interrupted();
    }
    assertTrue(call.get(10, TimeUnit.SECONDS).startsWith("while interrupted"));
  }

  @Test
  void cancelRacingCompletionGivesOneOutcomeAndLeavesTheThreadClean() throws Exception {
    FaultyAsync facade = FaultyAsync.of(service, single);
    AtomicInteger interruptedAtStart = new AtomicInteger();
    int values = 0;
    int cancels = 0;
    for (int i = 0; i < 2_000; i++) {
      CompletableFuture<String> call = facade.ok("v");
      call.cancel(true);
      single.execute(() -> {
        if (Thread.currentThread().isInterrupted()) {
          interruptedAtStart.incrementAndGet();
        }
      });
      try {
        call.join();
        values++;
      } catch (CancellationException expected) {
        cancels++;
      }
    }
    single.submit(() -> null).get(10, TimeUnit.SECONDS);
    assertEquals(2_000, values + cancels);
    assertEquals(0, interruptedAtStart.get());
  }

  @Test
  void timeoutRacingCompletionGivesOneOutcomeAndOneListenerEventPerCall() throws Exception {
    List<CallEvent> events = new ArrayList<>();
    FaultyAsync facade =
        FaultyAsync.of(
            service,
            AsyncOptions.defaults()
                .withExecutor(single)
                .withTimeout(Duration.ofNanos(200_000))
                .withListener(event -> { synchronized (events) { events.add(event); } }));
    int values = 0;
    int timeouts = 0;
    for (int i = 0; i < 1_000; i++) {
      try {
        facade.ok("v").get(10, TimeUnit.SECONDS);
        values++;
      } catch (ExecutionException e) {
        assertInstanceOf(TimeoutException.class, e.getCause());
        timeouts++;
      }
    }
    assertEquals(1_000, values + timeouts);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      synchronized (events) {
        if (events.size() >= 1_000) {
          break;
        }
      }
      Thread.sleep(5);
    }
    synchronized (events) {
      assertEquals(1_000, events.size());
      assertEquals(timeouts, events.stream().filter(e -> e.status() == CallEvent.Status.TIMEOUT).count());
    }
  }

  @Test
  void aContextRestoreThatThrowsFailsTheCallBeforeItRunsAndLeavesNoContext() throws Exception {
    ThreadLocal<String> local = new ThreadLocal<>();
    IllegalStateException broken = new IllegalStateException("restore failed");
    AtomicReference<String> seenByWorker = new AtomicReference<>("unset");
    ContextPropagator<String> propagator =
        ContextPropagator.of(
            local::get,
            value -> {
              if ("poison".equals(value)) {
                throw broken;
              }
              local.set(value);
            });
    AtomicInteger bodies = new AtomicInteger();
    Faulty counting =
        new Faulty() {
          @Override
          public String call(Throwable failure) {
            return "unused";
          }

          @Override
          public String ok(String value) {
            bodies.incrementAndGet();
            return value + ":" + local.get();
          }
        };
    FaultyAsync facade =
        FaultyAsync.of(counting, AsyncOptions.defaults().withExecutor(single).withContext(propagator));

    local.set("poison");
    CompletableFuture<String> poisoned = facade.ok("x");
    local.set("fine");
    CompletableFuture<String> fine = facade.ok("y");
    local.remove();

    assertSame(broken, assertThrows(ExecutionException.class, () -> poisoned.get(10, TimeUnit.SECONDS)).getCause());
    assertEquals("y:fine", fine.get(10, TimeUnit.SECONDS));
    assertEquals(1, bodies.get(), "the poisoned call never ran");
    single.submit(() -> seenByWorker.set(local.get())).get(10, TimeUnit.SECONDS);
    assertNull(seenByWorker.get(), "no context left on the worker");
  }

  @Test
  void aCallInterruptedFromOutsideItsFutureFailsWithTheSyncMethodsOwnException() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Thread> worker = new AtomicReference<>();
    Faulty sleeper =
        new Faulty() {
          @Override
          public String call(Throwable failure) throws Throwable {
            worker.set(Thread.currentThread());
            started.countDown();
            Thread.sleep(60_000);
            return "slept";
          }

          @Override
          public String ok(String value) {
            return value;
          }
        };
    FaultyAsync facade = FaultyAsync.of(sleeper, single);
    CompletableFuture<String> call = facade.call(null);
    assertTrue(started.await(10, TimeUnit.SECONDS));

    worker.get().interrupt(); // e.g. a pool's shutdownNow, not the future's cancel

    assertInstanceOf(InterruptedException.class,
        assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS)).getCause());
    assertFalse(call.isCancelled());
    assertEquals("next", facade.ok("next").get(10, TimeUnit.SECONDS));
  }
}
