package dev.asyncgen.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports {@code cpu.time.norm}: the CPU time the whole benchmark JVM used in an iteration (all
 * threads: the caller, pool workers, GC), divided by the operations in it, like {@code -prof gc}
 * does for bytes. Use with {@code -prof dev.asyncgen.bench.CpuTimeProfiler}.
 *
 * <p>Why: on a shared 2-core machine, wall time per operation also counts the time the threads
 * spent waiting for a core that another process had. CPU time does not, so ratios of it hold up
 * better when the load changes between one benchmark and the next. It is coarser (the OS counts
 * in ticks) and still inflated by cache and memory-bus contention, so it complements the score,
 * it does not replace it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long startNanos;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM (all threads) per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startNanos = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's own signature
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - startNanos;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : (double) cpuNanos / ops;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }
}
