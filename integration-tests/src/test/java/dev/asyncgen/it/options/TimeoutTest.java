package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimeoutTest {

  private final Recorder recorder = new Recorder();
  private final CountDownLatch never = new CountDownLatch(1);

  @Test
  void aTimeoutFailsTheFutureAndInterruptsTheBlockedCall() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder).withOptions(o -> o.withTimeout(Duration.ofMillis(100)));

    CompletableFuture<Integer> call = facade.await(never, 1);

    ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    TimeoutException timeout = assertInstanceOf(TimeoutException.class, failure.getCause());
    assertEquals("Blocking.await timed out after 100ms", timeout.getMessage());
    assertTrue(recorder.firstInterrupt.await(10, TimeUnit.SECONDS), "the sync call was interrupted");
  }

  @Test
  void aResultInTimeIsNotTouchedByTheTimeout() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder).withOptions(o -> o.withTimeout(Duration.ofSeconds(30)));

    assertEquals("fast", facade.echo("fast").get(10, TimeUnit.SECONDS));
  }

  @Test
  void theTimeoutCountsTimeSpentQueuedAndAQueuedCallThatTimesOutNeverStarts() throws Exception {
    BlockingAsync facade =
        BlockingAsync.of(recorder, AsyncOptions.defaults().withMaxConcurrency(1));
    BlockingAsync timed = facade.withOptions(o -> o.withTimeout(Duration.ofMillis(100)));
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<Integer> blocker = facade.await(gate, 1);
    recorder.awaitStarted(1);

    CompletableFuture<Integer> queued = timed.await(gate, 2);

    ExecutionException failure = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failure.getCause());
    gate.countDown();
    assertEquals(1, blocker.get(10, TimeUnit.SECONDS));
    assertEquals("after", facade.echo("after").get(10, TimeUnit.SECONDS));
    assertEquals(1, recorder.started.get(), "the timed-out call never started");
  }

  @Test
  void theAnnotationsTimeoutAppliesToTheFactoriesWithoutOptions() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Timed slow = gate -> {
      started.countDown();
      try {
        gate.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
    };

    CompletableFuture<Void> call = TimedAsync.of(slow).await(never);

    ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
    assertEquals("Timed.await timed out after 200ms", failure.getCause().getMessage());
    // On a loaded machine the 200 ms can pass before the call starts; it then never starts (the
    // test above). A call that did start is interrupted.
    if (started.getCount() == 0) {
      assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the running call was interrupted");
    }
  }

  @Test
  void explicitOptionsReplaceTheAnnotationsTimeout() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    CompletableFuture<Void> call = TimedAsync.of(g -> g.await(), AsyncOptions.defaults()).await(gate);

    Thread.sleep(400); // twice the annotation's timeout
    assertTrue(!call.isDone(), "no timeout with explicit options");
    gate.countDown();
    call.get(10, TimeUnit.SECONDS);
  }
}
