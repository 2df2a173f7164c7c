package dev.asyncgen;

import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a {@link CompletableFuture} can be settled from outside takes the same path on a
 * {@link Dispatcher}'s (and so a facade's) future: a running call is interrupted, a queued one
 * never runs and leaves the bulkhead's queue, and the listeners are told how the future ended, once.
 */
class DispatcherSettledFromOutsideTest {

  /** A way to settle a future from outside. */
  private record Way(String name, Consumer<CompletableFuture<Object>> settle) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Way> ways() {
    return Stream.of(
        new Way("cancel", f -> f.cancel(true)),
        new Way("complete", f -> f.complete("outside")),
        new Way("completeExceptionally", f -> f.completeExceptionally(new IllegalStateException())),
        new Way("completeAsync(supplier, executor)", f -> f.completeAsync(() -> "outside", Runnable::run)),
        new Way("completeAsync(supplier)", f -> f.completeAsync(() -> "outside")),
        new Way("obtrudeValue", f -> f.obtrudeValue("outside")),
        new Way("obtrudeException", f -> f.obtrudeException(new IllegalStateException())),
        new Way("orTimeout", f -> f.orTimeout(1, TimeUnit.MILLISECONDS)),
        new Way("completeOnTimeout", f -> f.completeOnTimeout("outside", 1, TimeUnit.MILLISECONDS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void aRunningCallIsInterrupted(Way way) {
    Blocker<Object> running = Blocker.started("body's own");

    way.settle().accept(running.future);

    running.assertInterrupted();
    value(running.future.handle((v, f) -> null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void aQueuedCallNeverRunsLeavesTheQueueAndTheListenerHearsTheOutsideOutcome(Way way)
      throws InterruptedException {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    Dispatcher dispatcher =
        Dispatcher.of(AsyncOptions.defaults().withMaxConcurrency(1).withListener(events::add));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch occupying = new CountDownLatch(1);
    CompletableFuture<Object> occupant =
        dispatcher.call(
            "X.occupy",
            () -> {
              occupying.countDown();
              release.await();
              return "occupant";
            });
    TestFutures.await(occupying, "the occupant to start");
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<Object> queued = dispatcher.call("X.queued", () -> runs.incrementAndGet());

    way.settle().accept(queued);
    value(queued.handle((v, f) -> null));
    Bulkhead bulkhead = dispatcher.options().bulkhead().orElseThrow();
    assertEquals(0, bulkhead.waiting(), "the settled call left the queue");
    release.countDown();
    value(occupant);
    value(dispatcher.call("X.after", () -> "after")); // the slot went on: the queue is empty

    assertEquals(0, runs.get(), "the queued call never ran");
    List<CallEvent> queuedEvents = events.stream().filter(e -> e.method().equals("X.queued")).toList();
    assertEquals(1, queuedEvents.size(), "told once: " + queuedEvents);
    Throwable held = queued.handle((v, f) -> f).join();
    if (held instanceof CompletionException && held.getCause() != null) {
      held = held.getCause(); // what get() reports
    }
    CallEvent event = queuedEvents.get(0);
    assertEquals(
        held == null
            ? CallEvent.Status.SUCCESS
            : held instanceof CancellationException
                ? CallEvent.Status.CANCELLED
                : CallEvent.Status.FAILURE,
        event.status());
    assertSame(held, event.failure(), "the listener heard what the future holds");
  }
}
