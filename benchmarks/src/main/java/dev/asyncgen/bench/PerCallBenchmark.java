package dev.asyncgen.bench;

import dev.asyncgen.AsyncOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Issue 6, goal 1: the cost of one call, the same sync method called (a) directly, (b) through a
 * hand-written {@code CompletableFuture.supplyAsync}, (c) through the generated facade, (c') the
 * same with the unobserved-failure report off, and (d) through Spring's {@code @Async} proxy, (b)
 * to (d) on the same executor. Every variant joins the
 * future and returns the value, so that JMH consumes it.
 *
 * <p>{@code executor=direct} runs the task on the calling thread ({@code Runnable::run}): what is
 * left is the framework's own overhead. {@code executor=pool} is a pool of two threads: the
 * hand-off to another thread and back, as in real use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PerCallBenchmark {

  /** State of the async variants: one executor, shared by all three. */
  @State(Scope.Benchmark)
  public static class Calls {

    @Param({"direct", "pool"})
    public String executor;

    Pricing delegate;
    Executor exec;
    PricingAsync facade;
    PricingAsync facadeReportOff;
    SpringPricing spring;
    long next;

    private ExecutorService pool;
    private AnnotationConfigApplicationContext context;

    @Setup(Level.Trial)
    public void setUp() {
      delegate = new Pricing.Local();
      switch (executor) {
        case "direct" -> exec = Runnable::run;
        case "pool" -> {
          pool = twoThreads();
          exec = pool;
        }
        default -> throw new IllegalArgumentException("unknown executor " + executor);
      }
      facade = PricingAsync.of(delegate, exec);
      facadeReportOff =
          PricingAsync.of(
              delegate,
              AsyncOptions.defaults().withExecutor(exec).withoutUnobservedFailureReport());
      context = SpringAsyncConfig.start(exec, delegate);
      spring = context.getBean(SpringPricing.class);
      if (!org.springframework.aop.support.AopUtils.isAopProxy(spring)) {
        throw new IllegalStateException("Spring did not proxy the @Async bean");
      }
      next = 1_000; // past the Long cache: every variant boxes its result alike
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
      context.close();
      if (pool != null) {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
      }
    }

    private static ExecutorService twoThreads() {
      AtomicInteger count = new AtomicInteger();
      return new ThreadPoolExecutor(
          2,
          2,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> {
            Thread thread = new Thread(task, "bench-pool-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
    }
  }

  /** State of the direct call: no executor, so it runs once, not once per executor. */
  @State(Scope.Benchmark)
  public static class Plain {
    Pricing delegate;
    long next;

    @Setup(Level.Trial)
    public void setUp() {
      delegate = new Pricing.Local();
      next = 1_000;
    }
  }

  /** (a) The sync method, called on the benchmark thread. */
  @Benchmark
  public long direct(Plain state) {
    return state.delegate.price(state.next++);
  }

  /** (b) What a careful person writes by hand. */
  @Benchmark
  public long supplyAsync(Calls state) {
    Pricing delegate = state.delegate;
    long id = state.next++;
    return CompletableFuture.supplyAsync(() -> delegate.price(id), state.exec).join();
  }

  /** (c) The generated facade. */
  @Benchmark
  public long facade(Calls state) {
    return state.facade.price(state.next++).join();
  }

  /**
   * (c') The generated facade with the unobserved-failure report off: beside (c), in the same run,
   * what the report costs a call that succeeds.
   */
  @Benchmark
  public long facadeReportOff(Calls state) {
    return state.facadeReportOff.price(state.next++).join();
  }

  /** (d) Spring's {@code @Async} proxy. */
  @Benchmark
  public long spring(Calls state) {
    return state.spring.price(state.next++).join();
  }
}
