package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.CallEvent;
import dev.asyncgen.CallEvent.Status;
import dev.asyncgen.CallListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ListenerTest {

  private final Recorder recorder = new Recorder();
  private final List<String> starts = new CopyOnWriteArrayList<>();
  private final List<CallEvent> ends = new CopyOnWriteArrayList<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  private final CallListener listener =
      new CallListener() {
        @Override
        public void onStart(String method) {
          starts.add(method);
        }

        @Override
        public void onEnd(CallEvent event) {
          ends.add(event);
          ended.countDown();
        }
      };

  private BlockingAsync facade(AsyncOptions options) {
    return BlockingAsync.of(recorder, options.withListener(listener));
  }

  @Test
  void success() throws Exception {
    assertEquals("hi", facade(AsyncOptions.defaults()).echo("hi").get(10, TimeUnit.SECONDS));
    assertTrue(ended.await(10, TimeUnit.SECONDS));

    assertEquals(List.of("Blocking.echo"), starts);
    CallEvent event = ends.get(0);
    assertEquals("Blocking.echo", event.method());
    assertEquals(Status.SUCCESS, event.status());
    assertNull(event.failure());
    assertFalse(event.duration().isNegative());
  }

  @Test
  void failure() throws Exception {
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    CompletableFuture<Void> call = facade(AsyncOptions.defaults()).fail(boom);
    assertThrows(Exception.class, call::join);
    assertTrue(ended.await(10, TimeUnit.SECONDS));

    assertEquals(Status.FAILURE, ends.get(0).status());
    assertSame(boom, ends.get(0).failure());
  }

  @Test
  void cancel() throws Exception {
    CompletableFuture<Integer> call = facade(AsyncOptions.defaults()).await(new CountDownLatch(1), 1);
    recorder.awaitStarted(1);
    call.cancel(true);
    assertTrue(ended.await(10, TimeUnit.SECONDS));

    assertEquals(Status.CANCELLED, ends.get(0).status());
    assertTrue(recorder.firstInterrupt.await(10, TimeUnit.SECONDS));
  }

  @Test
  void timeout() throws Exception {
    CompletableFuture<Integer> call =
        facade(AsyncOptions.defaults().withTimeout(Duration.ofMillis(50))).await(new CountDownLatch(1), 1);
    assertThrows(Exception.class, () -> call.get(10, TimeUnit.SECONDS));
    assertTrue(ended.await(10, TimeUnit.SECONDS));

    CallEvent event = ends.get(0);
    assertEquals(Status.TIMEOUT, event.status());
    assertInstanceOf(java.util.concurrent.TimeoutException.class, event.failure());
    assertTrue(event.duration().compareTo(Duration.ofMillis(50)) >= 0);
  }

  @Test
  void aListenerThatThrowsNeverChangesTheOutcome() throws Exception {
    CallListener broken =
        new CallListener() {
          @Override
          public void onStart(String method) {
            throw new IllegalStateException("broken onStart");
          }

          @Override
          public void onEnd(CallEvent event) {
            throw new IllegalStateException("broken onEnd");
          }
        };
    BlockingAsync facade = BlockingAsync.of(recorder, AsyncOptions.defaults().withListener(broken));

    assertEquals("still fine", facade.echo("still fine").get(10, TimeUnit.SECONDS));
    assertEquals("and again", facade.echo("and again").get(10, TimeUnit.SECONDS));
  }
}
