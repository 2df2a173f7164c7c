package dev.asyncgen.cmp;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The blocking work every framework under test runs, and what happened to it. Each framework's
 * bean (or asyncgen's delegate) takes a probe as a parameter and calls into it, so the three test
 * classes ask the same questions in the same words.
 *
 * <p>Latches only, no timing: a call {@linkplain #hold holds} until the test {@linkplain
 * #release() releases} it, and reports whether it ran to the end or was interrupted.
 */
public final class Probe {

  /** The caller's context: what the context-propagation tests carry to the call, or fail to. */
  public static final ThreadLocal<String> USER = new ThreadLocal<>();

  /** How long a test waits for something that should happen: generous, for a busy machine. */
  public static final long PATIENCE_SECONDS = 30;

  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch firstStarted = new CountDownLatch(1);
  private final CountDownLatch firstInterrupted = new CountDownLatch(1);
  private final CountDownLatch firstFinished = new CountDownLatch(1);

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger maxRunning = new AtomicInteger();
  private final AtomicInteger interrupted = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private volatile Thread lastThread;

  /**
   * Blocks until {@link #release()}, then returns {@code value}; an interrupt ends it early with
   * {@link InterruptedException}, and is counted.
   */
  public int hold(int value) throws InterruptedException {
    lastThread = Thread.currentThread();
    started.incrementAndGet();
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    firstStarted.countDown();
    try {
      release.await();
      finished.incrementAndGet();
      firstFinished.countDown();
      return value;
    } catch (InterruptedException e) {
      interrupted.incrementAndGet();
      firstInterrupted.countDown();
      throw e;
    } finally {
      running.decrementAndGet();
    }
  }

  /** The name of the thread that runs the call. */
  public String threadName() {
    lastThread = Thread.currentThread();
    return Thread.currentThread().getName();
  }

  /** The {@link #USER} the thread running the call sees. */
  public String user() {
    lastThread = Thread.currentThread();
    return USER.get();
  }

  /** Fails with the sync method's own checked exception. */
  public String fail(String message) throws IOException {
    throw new IOException(message);
  }

  /** The thread that ran the latest call. */
  public Thread lastThread() {
    return lastThread;
  }

  /** How many calls have started. */
  public int started() {
    return started.get();
  }

  /** The most calls that ran at once. */
  public int maxRunning() {
    return maxRunning.get();
  }

  /** How many calls an interrupt ended. */
  public int interrupted() {
    return interrupted.get();
  }

  /** How many calls ran to their end. */
  public int finished() {
    return finished.get();
  }

  /** Lets every held call, and every later one, return. */
  public void release() {
    release.countDown();
  }

  /** Waits, with {@link #PATIENCE_SECONDS} as the bound, until {@code count} calls have started. */
  public void awaitStarted(int count) throws InterruptedException {
    firstStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (started.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + started.get() + " of " + count + " calls started");
      }
      Thread.sleep(1);
    }
  }

  /** Whether the first call was interrupted within {@link #PATIENCE_SECONDS}. */
  public boolean awaitInterrupted() throws InterruptedException {
    return firstInterrupted.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
  }

  /** Whether the first call ran to its end within {@link #PATIENCE_SECONDS}. */
  public boolean awaitFinished() throws InterruptedException {
    return firstFinished.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
  }
}
