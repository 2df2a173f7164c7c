package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The executors blocking calls run on.
 *
 * <p>The {@linkplain #defaultExecutor() default} starts a virtual thread per call on JDK 21 and
 * later, where a blocked call costs almost nothing. On JDK 17 to 20 it is a pool of at most {@value
 * #DEFAULT_POOL_SIZE} named daemon threads (system property {@value #POOL_SIZE_PROPERTY}; a value
 * that is not a whole number of at least 1 is logged at {@code WARNING} on logger {@code
 * dev.asyncgen} and the default taken), which idle threads leave after a minute; calls beyond that
 * wait in the pool's queue. Set the system property {@value #VIRTUAL_THREADS_PROPERTY} to {@code
 * false} to take the pool on JDK 21 too.
 * Blocking calls never run on {@code ForkJoinPool.commonPool()}, where they would starve parallel
 * streams and every other user of the common pool.
 */
public final class AsyncExecutors {

  /** Threads in the default pool on JDK 17 to 20, unless {@value #POOL_SIZE_PROPERTY} says otherwise. */
  public static final int DEFAULT_POOL_SIZE = 256;

  /** System property: the size of the default pool on JDK 17 to 20. */
  public static final String POOL_SIZE_PROPERTY = "asyncgen.pool.size";

  /** System property: {@code false} makes the default executor a pool on JDK 21+ too. */
  public static final String VIRTUAL_THREADS_PROPERTY = "asyncgen.virtualThreads";

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private AsyncExecutors() {}

  /**
   * The executor facades use unless told otherwise: a virtual thread per call on JDK 21+, else a
   * shared pool of named daemon threads. Created on first use and shared by the whole JVM.
   */
  public static Executor defaultExecutor() {
    return DefaultHolder.EXECUTOR;
  }

  /** Whether {@link #defaultExecutor()} starts a virtual thread per call. */
  public static boolean defaultIsVirtual() {
    return DefaultHolder.EXECUTOR instanceof VirtualThreadExecutor;
  }

  /**
   * A virtual thread per task, named {@code asyncgen-virtual-N}, or empty before JDK 21. It needs
   * no shutdown.
   */
  public static Optional<Executor> virtualThreads() {
    return VirtualThreadExecutor.create();
  }

  /**
   * A pool of at most {@code threads} daemon threads named {@code asyncgen-N}, created on demand
   * and retired after a minute idle, with an unbounded FIFO queue for the calls beyond that. Shut
   * it down when you are done with it; its threads are daemons, so it never keeps the JVM alive.
   */
  public static ThreadPoolExecutor boundedPool(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("asyncgen-"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicLong count = new AtomicLong();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The size {@value #POOL_SIZE_PROPERTY} asks for, or {@value #DEFAULT_POOL_SIZE} if it is unset or
   * not a whole number of at least 1. A bad value is logged, not thrown: the default executor is
   * made the first time a facade is built, and a facade's construction and calls never throw
   * (thrown from a class initializer, it would fail every later call of the JVM's life too).
   */
  static int poolSize(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_POOL_SIZE;
    }
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1) {
        return size;
      }
    } catch (NumberFormatException ignored) {
      // logged below, with the value
    }
    LOG.log(
        Level.WARNING,
        "System property " + POOL_SIZE_PROPERTY + " must be a whole number of at least 1, was '"
            + value + "'; the default pool has " + DEFAULT_POOL_SIZE + " threads instead");
    return DEFAULT_POOL_SIZE;
  }

  /** Lazy, so that merely loading the runtime starts no thread. */
  private static final class DefaultHolder {
    static final Executor EXECUTOR = create();

    /** Never throws: a class initializer that threw would fail every later call of the JVM. */
    private static Executor create() {
      if (!"false".equalsIgnoreCase(System.getProperty(VIRTUAL_THREADS_PROPERTY))) {
        try {
          Optional<Executor> virtual = virtualThreads();
          if (virtual.isPresent()) {
            return virtual.get();
          }
        } catch (RuntimeException unexpected) {
          LOG.log(
              Level.WARNING,
              "virtual threads are unavailable; the default executor is a pool",
              unexpected);
        }
      }
      return boundedPool(poolSize(System.getProperty(POOL_SIZE_PROPERTY)));
    }
  }

  /**
   * Starts a named virtual thread per task. Compiled for Java 17, so it reaches {@code
   * Thread.ofVirtual()} through a method handle looked up once.
   */
  private static final class VirtualThreadExecutor implements Executor {
    private final ThreadFactory factory;

    private VirtualThreadExecutor(ThreadFactory factory) {
      this.factory = factory;
    }

    static Optional<Executor> create() {
      try {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> builderClass = Class.forName("java.lang.Thread$Builder");
        Class<?> ofVirtualClass = Class.forName("java.lang.Thread$Builder$OfVirtual");
        MethodHandle ofVirtual =
            lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtualClass));
        MethodHandle name =
            lookup.findVirtual(
                builderClass, "name", MethodType.methodType(builderClass, String.class, long.class));
        MethodHandle factory =
            lookup.findVirtual(builderClass, "factory", MethodType.methodType(ThreadFactory.class));
        Object builder = name.invoke(ofVirtual.invoke(), "asyncgen-virtual-", 1L);
        return Optional.of(new VirtualThreadExecutor((ThreadFactory) factory.invoke(builder)));
      } catch (ClassNotFoundException | NoSuchMethodException | UnsupportedOperationException e) {
        return Optional.empty(); // before JDK 21, or a preview on JDK 19 and 20 not enabled
      } catch (Throwable e) {
        throw new IllegalStateException("cannot create virtual threads", e);
      }
    }

    @Override
    public void execute(Runnable task) {
      factory.newThread(task).start();
    }

    @Override
    public String toString() {
      return "asyncgen virtual threads";
    }
  }
}
