package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the sync call runs: never on the caller's thread; on the executor the user chose. */
class ThreadsTest {

  private final ExecutorService first =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "first-pool"));
  private final ExecutorService second =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "second-pool"));

  @AfterEach
  void shutDown() {
    first.shutdownNow();
    second.shutdownNow();
  }

  @Test
  void neverTheCallersThreadNorTheCommonPool() {
    ServiceAsync facade = ServiceAsync.of(new Service.Direct());
    Thread caller = Thread.currentThread();
    List<CompletableFuture<Thread>> runners = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      runners.add(facade.perform(Thread::currentThread));
    }
    for (CompletableFuture<Thread> runner : runners) {
      Thread thread = await(runner);
      assertNotSame(caller, thread);
      assertFalse(thread instanceof ForkJoinWorkerThread, thread + " is a fork-join worker");
      assertFalse(thread.getName().startsWith("ForkJoinPool"), thread.getName());
    }
    assertNotSame(ForkJoinPool.commonPool(), dev.asyncgen.AsyncExecutors.defaultExecutor());
  }

  @Test
  void ofWithAnExecutorRunsThere() {
    ServiceAsync facade = ServiceAsync.of(new Service.Direct(), first);
    assertEquals("first-pool", await(facade.threadName()));
  }

  @Test
  void ofWithOptionsRunsOnTheirExecutor() {
    ServiceAsync facade =
        ServiceAsync.of(new Service.Direct(), AsyncOptions.defaults().withExecutor(second));
    assertEquals("second-pool", await(facade.threadName()));
  }

  @Test
  void withOptionsDerivesAFacadeAndLeavesTheOriginal() {
    ServiceAsync original = ServiceAsync.of(new Service.Direct(), first);
    AtomicReference<AsyncOptions> seen = new AtomicReference<>();
    ServiceAsync derived =
        original.withOptions(
            options -> {
              seen.set(options);
              return options.withExecutor(second);
            });
    assertEquals("second-pool", await(derived.threadName()));
    assertEquals("first-pool", await(original.threadName()), "the original is unchanged");
    assertTrue(seen.get().executor().isPresent(), "withOptions starts from the facade's options");
    assertEquals(first, seen.get().executor().get());
  }
}
