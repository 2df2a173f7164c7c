package dev.asyncgen.it.options;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Blocking} that records what happened to its calls. */
final class Recorder implements Blocking {

  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger maxRunning = new AtomicInteger();
  final AtomicInteger interrupted = new AtomicInteger();
  final CountDownLatch firstInterrupt = new CountDownLatch(1);

  @Override
  public int await(CountDownLatch gate, int value) throws InterruptedException {
    started.incrementAndGet();
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      gate.await();
      return value;
    } catch (InterruptedException e) {
      interrupted.incrementAndGet();
      firstInterrupt.countDown();
      throw e;
    } finally {
      running.decrementAndGet();
    }
  }

  @Override
  public String echo(String text) {
    return text;
  }

  @Override
  public void fail(RuntimeException failure) {
    throw failure;
  }

  /** Waits, with a generous bound, until {@code count} calls have started. */
  void awaitStarted(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (started.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + started.get() + " of " + count + " calls started");
      }
      Thread.sleep(1);
    }
  }
}
