package dev.asyncgen.bench.compile;

import dev.asyncgen.Async;
import dev.asyncgen.bench.Args;
import dev.asyncgen.bench.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Issue 6, goal 3: javac (in-process, {@code javax.tools}) over 500 generated {@code @Async}
 * interfaces of ten methods each, with the asyncgen processor, against the floor: javac over the
 * same sources plus the facades the processor wrote (taken from the first run), with {@code
 * -proc:none}. The generated code has to be compiled anyway; what the processor adds on top is
 * the difference.
 *
 * <p>Both sides run with {@code --release 17 -Xlint:all,-processing -Werror}, so every run also
 * checks that 500 facades compile without a warning. Warm-ups first, then the two sides
 * alternately, so that they share the machine's noise; the median of each is reported.
 *
 * <p>Arguments, all optional: {@code --interfaces=500 --warmups=2 --reps=5 --out=path.json
 * --work=dir}.
 */
public final class CompileTime {

  private CompileTime() {}

  /**
   * One compilation: wall time, and CPU time of the thread that ran javac (and the processor,
   * which runs on it). CPU time leaves out the JIT and GC threads and, above all, the time the
   * thread waited for a core: on a shared, noisy machine it is the steadier of the two.
   */
  record Timing(double wallMillis, double cpuMillis) {}

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int interfaces = Args.intArg(args, "interfaces", 500);
    int warmups = Args.intArg(args, "warmups", 2);
    int reps = Args.intArg(args, "reps", 5);
    String out = Args.stringArg(args, "out", null);
    String workArg = Args.stringArg(args, "work", null);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
    Path work =
        workArg == null ? Files.createTempDirectory("asyncgen-compile-") : Files.createDirectories(Path.of(workArg));
    try {
      Path sources = work.resolve("src");
      Path runtime = runtimeClasses(work.resolve("runtime"));
      List<Path> inputs = SourceSet.write(sources, interfaces);

      // The first run writes the facades; they and the inputs are the floor's sources.
      Path generated = work.resolve("generated-first");
      Timing first = compile(javac, inputs, runtime, work.resolve("classes-first"), generated);
      List<Path> facades = javaFiles(generated);
      List<Path> floorInputs = new ArrayList<>(inputs);
      floorInputs.addAll(facades);
      long inputLines = lines(inputs);
      long generatedLines = lines(facades);
      System.out.printf(
          Locale.ROOT,
          "compile time: %d @Async interfaces (%d files, %d lines, with the base types) on %s; the"
              + " processor wrote %d files, %d lines (first, cold run %.0f ms)%n",
          interfaces,
          inputs.size(),
          inputLines,
          System.getProperty("java.runtime.version"),
          facades.size(),
          generatedLines,
          first.wallMillis());

      for (int i = 0; i < warmups; i++) {
        Timing processor = withProcessor(javac, inputs, runtime, work, "warm" + i);
        Timing floor = floor(javac, floorInputs, runtime, work, "warm" + i);
        System.out.printf(
            Locale.ROOT,
            "  warm-up %d: processor %.0f ms, floor %.0f ms%n",
            i + 1,
            processor.wallMillis(),
            floor.wallMillis());
      }
      double[] processorMillis = new double[reps];
      double[] floorMillis = new double[reps];
      double[] processorCpuMillis = new double[reps];
      double[] floorCpuMillis = new double[reps];
      double[] pairRatios = new double[reps];
      for (int i = 0; i < reps; i++) {
        // Alternate which side goes first.
        Timing processor;
        Timing floor;
        if (i % 2 == 0) {
          processor = withProcessor(javac, inputs, runtime, work, "rep" + i);
          floor = floor(javac, floorInputs, runtime, work, "rep" + i);
        } else {
          floor = floor(javac, floorInputs, runtime, work, "rep" + i);
          processor = withProcessor(javac, inputs, runtime, work, "rep" + i);
        }
        processorMillis[i] = processor.wallMillis();
        floorMillis[i] = floor.wallMillis();
        processorCpuMillis[i] = processor.cpuMillis();
        floorCpuMillis[i] = floor.cpuMillis();
        pairRatios[i] = processorMillis[i] / floorMillis[i];
        System.out.printf(
            Locale.ROOT,
            "  rep %d: processor %.0f ms (CPU %.0f), floor %.0f ms (CPU %.0f), ratio %.3f (CPU %.3f)%n",
            i + 1,
            processorMillis[i],
            processorCpuMillis[i],
            floorMillis[i],
            floorCpuMillis[i],
            pairRatios[i],
            processorCpuMillis[i] / floorCpuMillis[i]);
      }
      double processor = Report.median(processorMillis);
      double floor = Report.median(floorMillis);
      double processorCpu = Report.median(processorCpuMillis);
      double floorCpu = Report.median(floorCpuMillis);
      System.out.printf(
          Locale.ROOT,
          "  median wall: processor %.0f ms, floor %.0f ms: %.3fx the floor (goal < 1.3x);"
              + " median CPU of the javac thread: %.0f ms vs %.0f ms: %.3fx%n",
          processor,
          floor,
          processor / floor,
          processorCpu,
          floorCpu,
          processorCpu / floorCpu);

      Report report =
          new Report()
              .put("interfaces", interfaces)
              .put("methodsPerInterface", 10)
              .put("inputFiles", inputs.size())
              .put("inputLines", inputLines)
              .put("generatedFiles", facades.size())
              .put("generatedLines", generatedLines)
              .put("javacOptions", String.join(" ", commonOptions(runtime)))
              .put("firstRunMillis", first.wallMillis())
              .put("warmups", warmups)
              .put("reps", reps)
              .put("processorMillis", processorMillis)
              .put("floorMillis", floorMillis)
              .put("processorCpuMillis", processorCpuMillis)
              .put("floorCpuMillis", floorCpuMillis)
              .put("medianProcessorMillis", processor)
              .put("medianFloorMillis", floor)
              .put("ratio", processor / floor)
              .put("medianPairRatio", Report.median(pairRatios))
              .put("medianProcessorCpuMillis", processorCpu)
              .put("medianFloorCpuMillis", floorCpu)
              .put("cpuRatio", processorCpu / floorCpu);
      if (out != null) {
        report.write(Path.of(out));
        System.out.println("  wrote " + out);
      }
    } finally {
      if (workArg == null) {
        deleteTree(work);
      }
    }
  }

  private static Timing withProcessor(
      JavaCompiler javac, List<Path> inputs, Path runtime, Path work, String tag) throws IOException {
    return compile(javac, inputs, runtime, work.resolve("classes-" + tag), work.resolve("generated-" + tag));
  }

  private static Timing floor(
      JavaCompiler javac, List<Path> inputs, Path runtime, Path work, String tag) throws IOException {
    return compile(javac, inputs, runtime, work.resolve("floor-classes-" + tag), null);
  }

  /**
   * Compiles {@code inputs} into {@code classes}; with the asyncgen processor writing to {@code
   * generated}, or with {@code -proc:none} if that is {@code null}. Returns the wall time of the
   * compilation alone; the output folders are cleaned outside it.
   */
  private static Timing compile(
      JavaCompiler javac, List<Path> inputs, Path runtime, Path classes, Path generated)
      throws IOException {
    deleteTree(classes);
    Files.createDirectories(classes);
    List<String> options = new ArrayList<>(commonOptions(runtime));
    options.add("-d");
    options.add(classes.toString());
    if (generated == null) {
      options.add("-proc:none");
    } else {
      deleteTree(generated);
      Files.createDirectories(generated);
      options.add("-s");
      options.add(generated.toString());
    }
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(inputs);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null, units);
      if (generated != null) {
        task.setProcessors(List.of(newProcessor()));
      }
      ok = task.call();
    }
    Timing timing =
        new Timing((System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
    if (!ok || !diagnostics.toString().isBlank()) {
      throw new IllegalStateException(
          "javac " + (ok ? "warned" : "failed") + (generated == null ? " (floor)" : " (processor)")
              + ":\n" + diagnostics);
    }
    deleteTree(classes);
    return timing;
  }

  private static List<String> commonOptions(Path runtime) {
    return List.of(
        "--release", "17",
        "-encoding", "UTF-8",
        "-Xlint:all,-processing",
        "-Werror",
        "-implicit:none",
        "-classpath", runtime.toString());
  }

  /** A fresh processor per compilation, as a build tool makes one. */
  private static Processor newProcessor() {
    try {
      return (Processor)
          Class.forName("dev.asyncgen.processor.AsyncProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the asyncgen processor is not on the class path", e);
    }
  }

  /**
   * The runtime's classes (package {@code dev.asyncgen}, nothing below it), as the only class path
   * of the compilations: from the folder they are in, or copied out of the benchmarks jar.
   */
  private static Path runtimeClasses(Path target) throws IOException, URISyntaxException {
    Path location = Path.of(Async.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return location;
    }
    Files.createDirectories(target.resolve("dev/asyncgen"));
    try (JarFile jar = new JarFile(location.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith("dev/asyncgen/")
            && name.endsWith(".class")
            && name.indexOf('/', "dev/asyncgen/".length()) < 0) {
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target.resolve(name));
          }
        }
      }
    }
    return target;
  }

  private static long lines(List<Path> files) throws IOException {
    long count = 0;
    for (Path file : files) {
      try (Stream<String> lines = Files.lines(file)) {
        count += lines.count();
      }
    }
    return count;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
