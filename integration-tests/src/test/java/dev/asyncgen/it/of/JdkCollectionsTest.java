package dev.asyncgen.it.of;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** The JDK's generic interfaces, and a third party's, through {@code @Async.Of} facades. */
class JdkCollectionsTest {

  @Test
  void listWithItsOverloadsAndGenericDefaultMethods() throws Exception {
    List<String> list = new ArrayList<>(List.of("b", "a", "c"));
    ListAsync<String> async = ListAsync.of(list);

    assertEquals("a", async.get(1).get(10, TimeUnit.SECONDS));
    assertEquals("a", async.remove(1).get(10, TimeUnit.SECONDS)); // remove(int), not remove(Object)
    assertTrue(async.remove((Object) "c").get(10, TimeUnit.SECONDS));
    async.sort(Comparator.naturalOrder()).get(10, TimeUnit.SECONDS);
    String[] array = async.toArray(String[]::new).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("b"), List.of(array));
    assertEquals(List.of("b", "b"), async.gatherGet(List.of(0, 0)).get(10, TimeUnit.SECONDS));
    // remove(int) and remove(Object) are both one-parameter methods: their helpers say which.
    ListAsync<String> shared = ListAsync.of(Collections.synchronizedList(new ArrayList<>(List.of("x", "y", "z"))));
    assertEquals(List.of(true, false), shared.gatherRemoveObject(List.of("z", "zz")).get(10, TimeUnit.SECONDS));
    assertEquals(List.of("x"), shared.gatherRemoveInt(List.of(0)).get(10, TimeUnit.SECONDS));
  }

  @Test
  void mapAndItsEntries() throws Exception {
    Map<String, Integer> map = new TreeMap<>(Map.of("a", 1));
    MapAsync<String, Integer> async = MapAsync.of(map);

    assertNull(async.put("b", 2).get(10, TimeUnit.SECONDS));
    assertEquals(3, async.merge("a", 2, Integer::sum).get(10, TimeUnit.SECONDS));
    assertEquals(5, async.computeIfAbsent("c", key -> 5).get(10, TimeUnit.SECONDS));
    Map.Entry<String, Integer> first = map.entrySet().iterator().next();
    assertEquals("a", Map_EntryAsync.of(first).getKey().get(10, TimeUnit.SECONDS));
  }

  @Test
  void aBlockingQueueTakeIsABlockingCallMadeAsynchronous() throws Exception {
    AtomicInteger takesStarted = new AtomicInteger();
    AtomicInteger takesEnded = new AtomicInteger();
    LinkedBlockingQueue<String> queue =
        new LinkedBlockingQueue<>() {
          @Override
          public String take() throws InterruptedException {
            takesStarted.incrementAndGet();
            try {
              return super.take();
            } finally {
              takesEnded.incrementAndGet();
            }
          }
        };
    BlockingQueueAsync<String> async = BlockingQueueAsync.of(queue);

    CompletableFuture<String> taken = async.take();
    assertTrue(!taken.isDone());
    queue.put("hello");
    assertEquals("hello", taken.get(10, TimeUnit.SECONDS));

    CompletableFuture<String> cancelled = async.take();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (takesStarted.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    cancelled.cancel(true); // interrupts the blocked take()
    while (takesEnded.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1); // the cancelled take() leaves on its own thread, a moment later
    }
    assertEquals(2, takesEnded.get());
    queue.put("kept");
    assertEquals("kept", queue.poll(10, TimeUnit.SECONDS), "the interrupted take() consumed nothing");
  }

  @Test
  void anExecutorServicesOverloadedSubmit() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      ExecutorServiceAsync async = ExecutorServiceAsync.of(pool);
      Future<String> result = async.submit(() -> "done").get(10, TimeUnit.SECONDS);
      assertEquals("done", result.get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThirdPartyInterfaceThatThrowsThrowableAndTheAnnotationsTimeout() throws Exception {
    IOException io = new IOException("disk");
    ThrowingSupplier<String> failing = () -> { throw io; };
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> AsyncThrowingSupplier.of(failing).get().get(10, TimeUnit.SECONDS));
    assertSame(io, failure.getCause());

    ThrowingSupplier<String> hanging = () -> { Thread.sleep(60_000); return "late"; };
    CompletableFuture<String> timed = AsyncThrowingSupplier.of(hanging).get();
    ExecutionException timeout = assertThrows(ExecutionException.class, () -> timed.get(30, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, timeout.getCause());
    assertEquals("ThrowingSupplier.get timed out after 5s", timeout.getCause().getMessage());
  }
}
