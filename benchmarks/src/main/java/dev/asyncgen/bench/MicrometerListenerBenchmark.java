package dev.asyncgen.bench;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.CallListener;
import dev.asyncgen.micrometer.MicrometerCallListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Issue 14: what {@link MicrometerCallListener} adds to a facade call, side by side with (a) the
 * plain facade and (b) the same facade with a listener that does nothing, which isolates the
 * runtime's own listener path (the call's bookkeeping, the event) from Micrometer's recording
 * (timer look-up and {@code Timer.record} in a {@link SimpleMeterRegistry}).
 *
 * <p>Executors as in {@link PerCallBenchmark}: {@code direct} runs the call on the benchmark
 * thread, so only the overhead is left; {@code pool} hands it to a pool of two threads and back.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MicrometerListenerBenchmark {

  /** Three facades of one delegate, on one executor. */
  @State(Scope.Benchmark)
  public static class Facades {

    @Param({"direct", "pool"})
    public String executor;

    PricingAsync plain;
    PricingAsync emptyListener;
    PricingAsync micrometer;
    SimpleMeterRegistry registry;
    long next;

    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
      Executor exec;
      switch (executor) {
        case "direct" -> exec = Runnable::run;
        case "pool" -> {
          pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
          exec = pool;
        }
        default -> throw new IllegalArgumentException("unknown executor " + executor);
      }
      Pricing delegate = new Pricing.Local();
      AsyncOptions options = AsyncOptions.defaults().withExecutor(exec);
      CallListener nothing = event -> {};
      registry = new SimpleMeterRegistry();
      plain = PricingAsync.of(delegate, options);
      emptyListener = PricingAsync.of(delegate, options.withListener(nothing));
      micrometer = PricingAsync.of(delegate, options.withListener(new MicrometerCallListener(registry)));
      next = 1_000;
    }

    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) throws InterruptedException {
      if (params.getBenchmark().endsWith(".micrometer")
          && registry.find(MicrometerCallListener.METRIC).timer() == null) {
        throw new IllegalStateException("the Micrometer listener recorded nothing");
      }
      if (pool != null) {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }

  /** (a) The facade without listeners: the runtime's fast path. */
  @Benchmark
  public long plain(Facades state) {
    return state.plain.price(state.next++).join();
  }

  /** (b) A listener that does nothing: the cost of having a listener at all. */
  @Benchmark
  public long emptyListener(Facades state) {
    return state.emptyListener.price(state.next++).join();
  }

  /** (c) The Micrometer listener recording every call in a timer. */
  @Benchmark
  public long micrometer(Facades state) {
    return state.micrometer.price(state.next++).join();
  }
}
