package dev.asyncgen.bench;

import dev.asyncgen.Gather;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, goal 4: {@link Gather#all(java.util.Collection)} against what a user writes without
 * it, {@code allOf(...).thenApply(v -> list of join())}, over futures that are already complete
 * and over futures completed after the call (in the benchmark, so their creation and completion
 * are measured too, alike for both).
 *
 * <p>One-second iterations (the per-call benchmarks take two): even the slowest operation here,
 * 10,000 pending futures, runs hundreds of times a second, and twelve benchmarks at two seconds
 * would push the whole run past half an hour.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class GatherBenchmark {

  @Param({"1", "100", "10000"})
  public int size;

  private List<CompletableFuture<Integer>> completed;
  private Integer[] values;

  @Setup(Level.Trial)
  public void setUp() {
    values = new Integer[size];
    completed = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values[i] = i + 1_000; // boxed once, here, not in the benchmark
      completed.add(CompletableFuture.completedFuture(values[i]));
    }
  }

  @Benchmark
  public List<Integer> gatherCompleted() {
    return Gather.all(completed).join();
  }

  @Benchmark
  public List<Integer> allOfCompleted() {
    return allOf(completed).join();
  }

  @Benchmark
  public List<Integer> gatherPending() {
    List<CompletableFuture<Integer>> pending = pending();
    CompletableFuture<List<Integer>> all = Gather.all(pending);
    complete(pending);
    return all.join();
  }

  @Benchmark
  public List<Integer> allOfPending() {
    List<CompletableFuture<Integer>> pending = pending();
    CompletableFuture<List<Integer>> all = allOf(pending);
    complete(pending);
    return all.join();
  }

  /** The hand-written way: {@code allOf}, then a loop of {@code join}s into a list. */
  static <T> CompletableFuture<List<T>> allOf(List<CompletableFuture<T>> futures) {
    CompletableFuture<?>[] array = futures.toArray(new CompletableFuture<?>[0]);
    return CompletableFuture.allOf(array)
        .thenApply(
            done -> {
              List<T> list = new ArrayList<>(futures.size());
              for (CompletableFuture<T> future : futures) {
                list.add(future.join());
              }
              return list;
            });
  }

  private List<CompletableFuture<Integer>> pending() {
    List<CompletableFuture<Integer>> pending = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      pending.add(new CompletableFuture<>());
    }
    return pending;
  }

  private void complete(List<CompletableFuture<Integer>> pending) {
    for (int i = 0; i < size; i++) {
      pending.get(i).complete(values[i]);
    }
  }
}
