package dev.asyncgen.bench.fanout;

import dev.asyncgen.AsyncExecutors;
import dev.asyncgen.bench.Report;
import static dev.asyncgen.bench.Args.intArg;
import static dev.asyncgen.bench.Args.stringArg;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * Issue 6, goal 2: 10,000 calls that each block 50 ms in a real loopback socket read, gathered
 * with the facade's generated {@code gatherFetch}, on the default executor (virtual threads on JDK
 * 21+, the bounded pool before). Reports wall time against the physical floor (one delay) and
 * against running the calls one after another (measured on a few and extrapolated), the peak
 * number of platform threads and the peak heap used.
 *
 * <p>Arguments, all optional: {@code --calls=10000 --delay-ms=50 --runs=5 --warmups=1
 * --sequential=100 --out=path.json}.
 */
public final class FanOut {

  private FanOut() {}

  public static void main(String[] args) throws Exception {
    int calls = intArg(args, "calls", 10_000);
    int delayMillis = intArg(args, "delay-ms", 50);
    int runs = intArg(args, "runs", 5);
    int warmups = intArg(args, "warmups", 1);
    int sequential = intArg(args, "sequential", 100);
    String out = stringArg(args, "out", null);

    long maxFds = maxFileDescriptors();
    long fdsNeeded = 2L * calls + 1_000; // both ends of every connection, and the JVM's own
    boolean inProcess = maxFds >= fdsNeeded;
    System.out.printf(
        Locale.ROOT,
        "fan-out: %d calls of %d ms on %s; default executor: %s; open file limit %d, %s%n",
        calls,
        delayMillis,
        System.getProperty("java.runtime.version"),
        AsyncExecutors.defaultIsVirtual() ? "virtual threads" : "bounded pool",
        maxFds,
        inProcess
            ? "server in this process"
            : "server in a child process (one process cannot hold both ends of " + calls
                + " connections)");

    try (ServerHandle server = inProcess ? ServerHandle.inProcess(delayMillis) : ServerHandle.child(delayMillis)) {
      LoopbackRemote remote = new LoopbackRemote(server.port());
      RemoteAsync facade = RemoteAsync.of(remote);
      List<Integer> ids = new ArrayList<>(IntStream.range(0, calls).boxed().toList());

      Executor executor = AsyncExecutors.defaultExecutor();
      Variant[] variants = {
        new Variant("facade", "the generated gatherFetch", () -> gather(facade, ids)),
        new Variant(
            "handWritten",
            "supplyAsync on the same executor + allOf (control)",
            () -> handWritten(remote, ids, executor)),
      };
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      HeapSampler sampler = new HeapSampler(ManagementFactory.getMemoryMXBean());

      for (int i = 0; i < warmups; i++) {
        for (Variant variant : variants) {
          long nanos = variant.body.getAsLong();
          System.out.printf(Locale.ROOT, "  warm-up %d %s: %.0f ms%n", i + 1, variant.name, nanos / 1e6);
        }
      }

      Map<String, Map<String, Object>> results = new LinkedHashMap<>();
      for (Variant variant : variants) {
        variant.allocate(runs);
      }
      for (int run = 0; run < runs; run++) {
        // Alternate which variant goes first, so that neither always follows the other's garbage.
        for (int v = 0; v < variants.length; v++) {
          Variant variant = variants[(v + run) % variants.length];
          System.gc();
          TimeUnit.MILLISECONDS.sleep(200); // let the GC and the server's closes settle
          variant.threadsBefore[run] = threads.getThreadCount();
          threads.resetPeakThreadCount();
          remote.resetPeakInFlight();
          sampler.reset();
          long dropsBefore = listenDrops();
          long cpuBefore = processCpuNanos();
          long serverCpuBefore = server.cpuNanos();
          long nanos = variant.body.getAsLong();
          variant.clientCpuMillis[run] = (processCpuNanos() - cpuBefore) / 1e6;
          variant.serverCpuMillis[run] = (server.cpuNanos() - serverCpuBefore) / 1e6;
          variant.acceptQueueDrops[run] = dropsBefore < 0 ? -1 : listenDrops() - dropsBefore;
          variant.peakHeapMiB[run] = sampler.peakBytes() >> 20;
          variant.peakThreads[run] = threads.getPeakThreadCount();
          variant.peakInFlight[run] = remote.resetPeakInFlight();
          variant.wallMillis[run] = nanos / 1e6;
          System.out.printf(
              Locale.ROOT,
              "  run %d %-11s: %5.0f ms, peak threads %d (%d before), peak calls in flight %d, peak"
                  + " heap used %d MiB, accept-queue drops %d, CPU %.0f ms here + %.0f ms server%n",
              run + 1,
              variant.name,
              variant.wallMillis[run],
              variant.peakThreads[run],
              variant.threadsBefore[run],
              variant.peakInFlight[run],
              variant.peakHeapMiB[run],
              variant.acceptQueueDrops[run],
              variant.clientCpuMillis[run],
              variant.serverCpuMillis[run]);
        }
      }
      sampler.stop();
      for (Variant variant : variants) {
        results.put(variant.name, variant.summary());
      }

      // One after another, on this thread, without the facade: what the fan-out saves.
      long start = System.nanoTime();
      for (int i = 0; i < sequential; i++) {
        remote.fetch(i);
      }
      double sequentialMillis = (System.nanoTime() - start) / 1e6;
      double extrapolatedMillis = sequentialMillis / sequential * calls;

      double median = Report.median(variants[0].wallMillis);
      double control = Report.median(variants[1].wallMillis);
      double cpuFloor =
          (Report.median(variants[0].clientCpuMillis) + Report.median(variants[0].serverCpuMillis))
              / Runtime.getRuntime().availableProcessors();
      System.out.printf(
          Locale.ROOT,
          "  facade median %.0f ms = %.1fx the %d ms floor, %.2fx the hand-written control (%.0f ms);"
              + " CPU floor (CPU used / cores) %.0f ms%n"
              + "  sequential: %d calls took %.0f ms, so %d calls would take ~%.0f ms (extrapolated),"
              + " %.0fx the fan-out%n",
          median,
          median / delayMillis,
          delayMillis,
          median / control,
          control,
          cpuFloor,
          sequential,
          sequentialMillis,
          calls,
          extrapolatedMillis,
          extrapolatedMillis / median);

      Report report =
          new Report()
              .put("calls", calls)
              .put("delayMillis", delayMillis)
              .put("executor", AsyncExecutors.defaultIsVirtual() ? "virtual threads" : "bounded pool")
              .put("poolSize", System.getProperty(AsyncExecutors.POOL_SIZE_PROPERTY, String.valueOf(AsyncExecutors.DEFAULT_POOL_SIZE)))
              .put("openFileLimit", maxFds)
              .put("server", inProcess ? "in-process" : "child process")
              .put("warmups", warmups)
              .put("runs", runs)
              .put("medianWallMillis", median)
              .put("ratioToFloor", median / delayMillis)
              .put("ratioToHandWritten", median / control)
              .put("cpuFloorMillis", cpuFloor)
              .put("sequentialCalls", sequential)
              .put("sequentialMillis", sequentialMillis)
              .put("sequentialExtrapolatedMillis", extrapolatedMillis)
              .put("speedupOverSequential", extrapolatedMillis / median)
              .put("variants", results);
      if (out != null) {
        report.write(Path.of(out));
        System.out.println("  wrote " + out);
      }
      if (server.failed() > 0) {
        throw new IllegalStateException("the server failed " + server.failed() + " connections");
      }
    }
  }

  /** One fan-out: every id through the generated gather helper; returns the wall time. */
  private static long gather(RemoteAsync facade, List<Integer> ids) {
    long start = System.nanoTime();
    List<Integer> answers = facade.gatherFetch(ids).join();
    long nanos = System.nanoTime() - start;
    check(answers, ids);
    return nanos;
  }

  /**
   * The kernel's count of connects dropped because a listener's accept queue was full (Linux's
   * ListenDrops, machine-wide), or -1 where it cannot be read. Each drop costs its caller a SYN
   * retransmit, 1 s on Linux, which would be charged to the executor unfairly.
   */
  private static long listenDrops() {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(Path.of("/proc/net/netstat"));
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (lines.get(i).startsWith("TcpExt:") && lines.get(i + 1).startsWith("TcpExt:")) {
          String[] names = lines.get(i).split("\\s+");
          String[] values = lines.get(i + 1).split("\\s+");
          for (int k = 0; k < names.length && k < values.length; k++) {
            if (names[k].equals("ListenDrops")) {
              return Long.parseLong(values[k]);
            }
          }
        }
      }
    } catch (IOException | RuntimeException unavailable) {
      // not Linux, or no /proc: reported as -1
    }
    return -1;
  }

  /** CPU time of this process, all threads, or -1 where the JVM cannot tell. */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * The control: the same calls on the same executor, written by hand with {@code supplyAsync}
   * and {@code allOf}, so that what the socket work costs on this machine can be told apart from
   * what asyncgen adds.
   */
  private static long handWritten(Remote remote, List<Integer> ids, Executor executor) {
    long start = System.nanoTime();
    List<CompletableFuture<Integer>> futures = new ArrayList<>(ids.size());
    for (Integer id : ids) {
      futures.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return remote.fetch(id);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              executor));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    List<Integer> answers = new ArrayList<>(futures.size());
    for (CompletableFuture<Integer> future : futures) {
      answers.add(future.join());
    }
    long nanos = System.nanoTime() - start;
    check(answers, ids);
    return nanos;
  }

  private static void check(List<Integer> answers, List<Integer> ids) {
    if (answers.size() != ids.size() || answers.get(ids.size() - 1) != 42 + ids.size() - 1) {
      throw new IllegalStateException("wrong answers: " + answers.size() + " for " + ids.size());
    }
  }

  /** One way of making the calls, and what each run of it measured. */
  private static final class Variant {
    final String name;
    final String description;
    final LongSupplier body;
    double[] wallMillis;
    long[] threadsBefore;
    long[] peakThreads;
    long[] peakInFlight;
    long[] peakHeapMiB;
    long[] acceptQueueDrops;
    double[] clientCpuMillis;
    double[] serverCpuMillis;

    Variant(String name, String description, LongSupplier body) {
      this.name = name;
      this.description = description;
      this.body = body;
    }

    void allocate(int runs) {
      wallMillis = new double[runs];
      threadsBefore = new long[runs];
      peakThreads = new long[runs];
      peakInFlight = new long[runs];
      peakHeapMiB = new long[runs];
      acceptQueueDrops = new long[runs];
      clientCpuMillis = new double[runs];
      serverCpuMillis = new double[runs];
    }

    Map<String, Object> summary() {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("description", description);
      summary.put("wallMillis", wallMillis);
      summary.put("medianWallMillis", Report.median(wallMillis));
      summary.put("threadsBefore", threadsBefore);
      summary.put("peakThreads", peakThreads);
      summary.put("medianPeakThreads", Report.median(peakThreads));
      summary.put("peakCallsInFlight", peakInFlight);
      summary.put("peakHeapUsedMiB", peakHeapMiB);
      summary.put("medianPeakHeapUsedMiB", Report.median(peakHeapMiB));
      summary.put("acceptQueueDrops", acceptQueueDrops);
      summary.put("clientCpuMillis", clientCpuMillis);
      summary.put("serverCpuMillis", serverCpuMillis);
      return summary;
    }
  }

  private static long maxFileDescriptors() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return -1;
  }

  /** Polls the heap's used bytes every millisecond on a daemon thread and keeps the peak. */
  private static final class HeapSampler {
    private final java.lang.management.MemoryMXBean memory;
    private final Thread thread;
    private volatile long peak;
    private volatile boolean stopped;

    HeapSampler(java.lang.management.MemoryMXBean memory) {
      this.memory = memory;
      this.thread = new Thread(this::sample, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      while (!stopped) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
          peak = used;
        }
        try {
          TimeUnit.MILLISECONDS.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak = memory.getHeapMemoryUsage().getUsed();
    }

    long peakBytes() {
      long used = memory.getHeapMemoryUsage().getUsed();
      return Math.max(peak, used);
    }

    void stop() {
      stopped = true;
    }
  }

  /** The delay server, in this process or in a child JVM of the same class path. */
  private abstract static class ServerHandle implements AutoCloseable {
    @Override
    public abstract void close() throws IOException;

    abstract int port() throws IOException;

    /** Connections the server failed to answer. */
    abstract long failed();

    /** CPU time the server used: 0 in-process, where it is counted with the client's. */
    long cpuNanos() {
      return 0;
    }

    static ServerHandle inProcess(long delayMillis) throws IOException {
      DelayServer server = new DelayServer(delayMillis);
      return new ServerHandle() {
        @Override
        int port() throws IOException {
          return server.port();
        }

        @Override
        long failed() {
          return server.failed();
        }

        @Override
        public void close() throws IOException {
          server.close();
        }
      };
    }

    static ServerHandle child(long delayMillis) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx512m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  DelayServer.class.getName(),
                  String.valueOf(delayMillis))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      if (first == null || !first.startsWith("PORT ")) {
        process.destroyForcibly();
        throw new IOException("the delay server did not start: " + first);
      }
      int port = Integer.parseInt(first.substring("PORT ".length()).trim().split(" ")[0]);
      return new ServerHandle() {
        @Override
        int port() {
          return port;
        }

        @Override
        long cpuNanos() {
          return process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
        }

        @Override
        long failed() {
          return 0; // counted in the child; a failure there shows as a failed call here
        }

        @Override
        public void close() throws IOException {
          process.getOutputStream().close(); // the child exits when its input closes
          try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
              process.destroyForcibly();
            }
          } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
          }
        }
      };
    }
  }
}
