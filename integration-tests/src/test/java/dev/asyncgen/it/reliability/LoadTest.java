package dev.asyncgen.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncExecutors;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Bulkhead;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Nothing is lost under load: every call runs once, every future settles once, nothing leaks. */
class LoadTest {

  @Test
  void aMillionCallsThroughTheDefaultExecutor() throws Exception {
    runAndCheck(AsyncOptions.defaults());
  }

  @Test
  void aMillionCallsThroughABulkhead() throws Exception {
    AsyncOptions options = AsyncOptions.defaults().withMaxConcurrency(8);
    runAndCheck(options);
    Bulkhead bulkhead = options.bulkhead().orElseThrow();
    assertEquals(0, bulkhead.running(), "no slot leaked");
    assertEquals(0, bulkhead.waiting(), "no queue entry leaked");
  }

  private static void runAndCheck(AsyncOptions options) throws Exception {
    int calls = LongRuns.calls();
    AtomicIntegerArray runs = new AtomicIntegerArray(calls);
    AtomicIntegerArray settlements = new AtomicIntegerArray(calls);
    warmUp(CounterAsync.of(id -> id, options));
    CounterAsync counter = CounterAsync.of(id -> { runs.incrementAndGet(id); return id; }, options);
    int baselineThreads = asyncgenThreads();

    CountDownLatch settled = new CountDownLatch(calls);
    AtomicInteger wrongResults = new AtomicInteger();
    for (int id = 0; id < calls; id++) {
      int expected = id;
      counter
          .hit(id)
          .whenComplete(
              (value, failure) -> {
                settlements.incrementAndGet(expected);
                if (failure != null || value != expected) {
                  wrongResults.incrementAndGet();
                }
                settled.countDown();
              });
    }
    assertTrue(settled.await(5, TimeUnit.MINUTES), settled.getCount() + " calls never settled");

    assertEquals(0, wrongResults.get());
    for (int id = 0; id < calls; id++) {
      if (runs.get(id) != 1 || settlements.get(id) != 1) {
        throw new AssertionError(
            "call " + id + " ran " + runs.get(id) + " times and settled " + settlements.get(id) + " times");
      }
    }
    // The pool is bounded and virtual threads are not platform threads: no thread is left behind.
    // (Counted by name: other tests in this JVM may start threads of their own meanwhile.)
    awaitAtMost(LoadTest::asyncgenThreads, baselineThreads);
  }

  /** Platform threads of asyncgen's own: the default pool's and the timer's. */
  private static int asyncgenThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("asyncgen-")) {
        count++;
      }
    }
    return count;
  }

  /** Brings the executor to its working size first, so that the baseline is a steady state. */
  private static void warmUp(CounterAsync counter) {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      calls.add(counter.hit(0));
    }
    calls.forEach(CompletableFuture::join);
  }

  @Test
  void tenThousandCallsBlockedOnIoThenCancelledAreEachInterruptedAndNothingKeepsRunning() throws Exception {
    for (int round = 0; round < LongRuns.rounds(); round++) {
      cancelBlockedCalls(10_000);
    }
  }

  private static void cancelBlockedCalls(int calls) throws Exception {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger interrupted = new AtomicInteger();
    AtomicInteger otherEndings = new AtomicInteger();
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    Receiver receiver =
        () -> {
          started.incrementAndGet();
          running.incrementAndGet();
          try (DatagramChannel channel = DatagramChannel.open().bind(loopback)) {
            channel.receive(ByteBuffer.allocate(1)); // nobody sends: blocks until interrupted
            otherEndings.incrementAndGet();
            return 0;
          } catch (ClosedByInterruptException expected) {
            interrupted.incrementAndGet();
            throw expected;
          } catch (IOException | RuntimeException | Error unexpected) {
            otherEndings.incrementAndGet();
            throw unexpected;
          } finally {
            running.decrementAndGet();
          }
        };
    ReceiverAsync async = ReceiverAsync.of(receiver);

    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(async.receive());
    }
    int concurrent = AsyncExecutors.defaultIsVirtual() ? calls : Math.min(calls, poolSize());
    awaitAtLeast(running::get, concurrent);

    for (CompletableFuture<Integer> future : futures) {
      future.cancel(true);
    }

    awaitAtMost(running::get, 0);
    Thread.sleep(200); // a queued call that wrongly started would show up by now
    assertEquals(0, running.get(), "nothing left running");
    assertEquals(started.get(), interrupted.get(), "every call that started saw its interrupt");
    assertEquals(0, otherEndings.get());
    for (CompletableFuture<Integer> future : futures) {
      assertTrue(future.isCancelled());
    }
  }

  private static int poolSize() {
    return Integer.getInteger(AsyncExecutors.POOL_SIZE_PROPERTY, AsyncExecutors.DEFAULT_POOL_SIZE);
  }

  private static void awaitAtLeast(IntSupplier value, int target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (value.getAsInt() < target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("reached " + value.getAsInt() + ", expected at least " + target);
      }
      Thread.sleep(5);
    }
  }

  private static void awaitAtMost(IntSupplier value, int target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (value.getAsInt() > target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still " + value.getAsInt() + ", expected at most " + target);
      }
      Thread.sleep(5);
    }
  }
}
