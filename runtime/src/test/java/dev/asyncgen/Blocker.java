package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real blocking call, run by a {@link Dispatcher} on the default executor (a pooled thread on JDK
 * 17, a virtual thread on JDK 21+), that waits until released and records whether it was
 * interrupted.
 */
final class Blocker<T> {

  private static final Dispatcher DISPATCHER = Dispatcher.of(AsyncOptions.defaults());

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch interrupted = new CountDownLatch(1);
  final CompletableFuture<T> future;

  private Blocker(T value) {
    future =
        DISPATCHER.call(
            "Blocker.block",
            () -> {
              started.countDown();
              try {
                release.await();
                return value;
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
            });
  }

  /** Starts a call that returns {@code value} once released. */
  static <T> Blocker<T> start(T value) {
    return new Blocker<>(value);
  }

  /** Starts a call and waits until it is blocked. */
  static <T> Blocker<T> started(T value) {
    Blocker<T> blocker = start(value);
    blocker.awaitStarted();
    return blocker;
  }

  void awaitStarted() {
    TestFutures.await(started, "the blocking call to start");
  }

  void release() {
    release.countDown();
  }

  /** Asserts that the blocking call saw an {@link InterruptedException}. */
  void assertInterrupted() {
    TestFutures.await(interrupted, "the blocking call to be interrupted");
  }

  boolean wasInterrupted() {
    return interrupted.getCount() == 0;
  }

  /** Waits a little for an interrupt that must not come. */
  void assertNotInterrupted() throws InterruptedException {
    assertTrue(!interrupted.await(50, TimeUnit.MILLISECONDS), "the blocking call was interrupted");
  }
}
