package dev.asyncgen;

import static dev.asyncgen.TestFutures.failure;
import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where a {@link CallListener} runs, and what context it sees there: the rule {@link CallListener}'s
 * Javadoc writes down.
 */
class CallListenerTest {

  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  /** What one listener saw: which method, on which thread, with which context in place. */
  private record Seen(String what, String thread, String user) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private final CallListener recorder =
      new CallListener() {
        @Override
        public void onStart(String method) {
          seen.add(new Seen("start", Thread.currentThread().getName(), USER.get()));
        }

        @Override
        public void onEnd(CallEvent event) {
          seen.add(
              new Seen(
                  "end " + event.status(), Thread.currentThread().getName(), USER.get()));
        }
      };

  private final AsyncOptions options =
      AsyncOptions.defaults()
          .withContext(ContextPropagator.ofThreadLocal(USER))
          .withListener(recorder);

  @AfterEach
  void clear() {
    USER.remove();
  }

  @Test
  void onStartAndOnEndOfACallThatReturnsRunOnItsThreadWithTheCallersContext() {
    Dispatcher dispatcher = Dispatcher.of(options);
    USER.set("alice");

    String callThread = value(dispatcher.call("X.m", () -> Thread.currentThread().getName()));

    assertEquals(
        List.of(new Seen("start", callThread, "alice"), new Seen("end SUCCESS", callThread, "alice")),
        seen);
  }

  @Test
  void onEndOfATimeoutRunsOnTheTimerThreadWithTheCallersContext() {
    Dispatcher dispatcher = Dispatcher.of(options.withTimeout(Duration.ofMillis(20)));
    USER.set("alice");

    CompletableFuture<Object> call =
        dispatcher.call(
            "X.m",
            () -> {
              new CountDownLatch(1).await();
              return null;
            });

    failure(call, TimeoutException.class);
    Seen end = seen.stream().filter(s -> s.what().startsWith("end")).findFirst().orElseThrow();
    assertEquals("end TIMEOUT", end.what());
    assertTrue(end.thread().startsWith("asyncgen-timer-"), end.thread());
    assertEquals("alice", end.user());
  }

  @Test
  void onEndOfACancelRunsOnTheCancellingThreadWithTheCallersContextThenGivesItsOwnBack() {
    Dispatcher dispatcher = Dispatcher.of(options);
    USER.set("alice");
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Object> call =
        dispatcher.call(
            "X.m",
            () -> {
              started.countDown();
              new CountDownLatch(1).await();
              return null;
            });
    TestFutures.await(started, "the call to start");

    String[] after = new String[1];
    TestFutures.onThread(
        "canceller",
        () -> {
          USER.set("bob");
          call.cancel(true);
          after[0] = USER.get();
        });

    failure(call, CancellationException.class);
    assertEquals(new Seen("end CANCELLED", "canceller", "alice"), seen.get(1));
    assertEquals("bob", after[0], "the cancelling thread got its own context back");
  }
}
