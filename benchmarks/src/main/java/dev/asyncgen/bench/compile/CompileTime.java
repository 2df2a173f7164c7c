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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * <p>A third side splits that difference: javac with a {@link CopyingProcessor}, which writes the
 * same facades verbatim and does nothing else. What it costs over the floor is what javac charges
 * any processor that generates these files (a second round); what asyncgen costs over it is
 * asyncgen's own work. {@link TimedProcessor} also counts the CPU time inside each processor.
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
  record Timing(double wallMillis, double cpuMillis, double processorCpuMillis) {}

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
      Timing first =
          compile(javac, inputs, runtime, work.resolve("classes-first"), generated, asyncgen());
      List<Path> facades = javaFiles(generated);
      List<Path> floorInputs = new ArrayList<>(inputs);
      floorInputs.addAll(facades);
      Map<String, List<Map.Entry<String, String>>> facadesByInterface = byInterface(generated, facades);
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

      Side[] sides = {
        new Side(
            "asyncgen",
            "the sources, with the asyncgen processor",
            tag -> compile(javac, inputs, runtime, work.resolve("classes-" + tag), work.resolve("gen-" + tag), asyncgen())),
        new Side(
            "floor",
            "the sources and the facades, -proc:none",
            tag -> compile(javac, floorInputs, runtime, work.resolve("classes-" + tag), null, null)),
        new Side(
            "copying",
            "the sources, with a processor that only writes the same facades verbatim",
            tag ->
                compile(
                    javac,
                    inputs,
                    runtime,
                    work.resolve("classes-" + tag),
                    work.resolve("gen-" + tag),
                    new TimedProcessor(new CopyingProcessor(facadesByInterface)))),
      };
      for (Side side : sides) {
        side.allocate(reps);
      }

      for (int i = 0; i < warmups; i++) {
        StringBuilder line = new StringBuilder("  warm-up " + (i + 1) + ":");
        for (Side side : sides) {
          line.append(String.format(Locale.ROOT, " %s %.0f ms", side.name, side.body.run("warm").wallMillis()));
        }
        System.out.println(line);
      }
      for (int i = 0; i < reps; i++) {
        // Rotate the order, so that no side always runs after the same other one.
        StringBuilder line = new StringBuilder("  rep " + (i + 1) + ":");
        for (int k = 0; k < sides.length; k++) {
          Side side = sides[(k + i) % sides.length];
          Timing timing = side.body.run("rep");
          side.wallMillis[i] = timing.wallMillis();
          side.cpuMillis[i] = timing.cpuMillis();
          side.inProcessorCpuMillis[i] = timing.processorCpuMillis();
        }
        for (Side side : sides) {
          line.append(
              String.format(
                  Locale.ROOT,
                  " %s %.0f ms (CPU %.0f, in processor %.0f);",
                  side.name,
                  side.wallMillis[i],
                  side.cpuMillis[i],
                  side.inProcessorCpuMillis[i]));
        }
        System.out.println(line);
      }

      Side asyncgen = sides[0];
      Side floor = sides[1];
      Side copying = sides[2];
      double ratio = asyncgen.medianWall() / floor.medianWall();
      double cpuRatio = asyncgen.medianCpu() / floor.medianCpu();
      System.out.printf(
          Locale.ROOT,
          "  median wall: asyncgen %.0f ms, copying %.0f ms, floor %.0f ms: asyncgen %.3fx the floor"
              + " (goal < 1.3x), copying %.3fx%n"
              + "  median CPU of the javac thread: asyncgen %.0f ms (%.0f in the processor), copying"
              + " %.0f ms, floor %.0f ms: asyncgen %.3fx the floor, copying %.3fx%n",
          asyncgen.medianWall(),
          copying.medianWall(),
          floor.medianWall(),
          ratio,
          copying.medianWall() / floor.medianWall(),
          asyncgen.medianCpu(),
          Report.median(asyncgen.inProcessorCpuMillis),
          copying.medianCpu(),
          floor.medianCpu(),
          cpuRatio,
          copying.medianCpu() / floor.medianCpu());

      Map<String, Object> bySide = new LinkedHashMap<>();
      for (Side side : sides) {
        bySide.put(side.name, side.summary());
      }
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
              .put("ratio", ratio)
              .put("cpuRatio", cpuRatio)
              .put("copyingRatio", copying.medianWall() / floor.medianWall())
              .put("copyingCpuRatio", copying.medianCpu() / floor.medianCpu())
              .put("sides", bySide);
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

  /** One way of compiling the set, and what each repetition of it measured. */
  private static final class Side {
    final String name;
    final String description;
    final Compilation body;
    double[] wallMillis;
    double[] cpuMillis;
    double[] inProcessorCpuMillis;

    Side(String name, String description, Compilation body) {
      this.name = name;
      this.description = description;
      this.body = body;
    }

    void allocate(int reps) {
      wallMillis = new double[reps];
      cpuMillis = new double[reps];
      inProcessorCpuMillis = new double[reps];
    }

    double medianWall() {
      return Report.median(wallMillis);
    }

    double medianCpu() {
      return Report.median(cpuMillis);
    }

    Map<String, Object> summary() {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("description", description);
      summary.put("wallMillis", wallMillis);
      summary.put("cpuMillis", cpuMillis);
      summary.put("inProcessorCpuMillis", inProcessorCpuMillis);
      summary.put("medianWallMillis", medianWall());
      summary.put("medianCpuMillis", medianCpu());
      summary.put("medianInProcessorCpuMillis", Report.median(inProcessorCpuMillis));
      return summary;
    }
  }

  @FunctionalInterface
  private interface Compilation {
    Timing run(String tag) throws IOException;
  }

  static TimedProcessor asyncgen() {
    return new TimedProcessor(newProcessor());
  }

  /**
   * The generated files of each interface, by the interface's qualified name: {@code
   * gen/p3/Service7Async.java} and {@code Service7AsyncImpl.java} belong to {@code gen.p3.Service7}.
   */
  private static Map<String, List<Map.Entry<String, String>>> byInterface(Path root, List<Path> facades)
      throws IOException {
    Map<String, List<Map.Entry<String, String>>> byInterface = new LinkedHashMap<>();
    for (Path facade : facades) {
      String relative = root.relativize(facade).toString().replace(java.io.File.separatorChar, '/');
      String qualified = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      String owner = qualified.replaceFirst("Async(Impl)?$", "");
      byInterface
          .computeIfAbsent(owner, key -> new ArrayList<>())
          .add(Map.entry(qualified, Files.readString(facade, StandardCharsets.UTF_8)));
    }
    return byInterface;
  }

  /**
   * Compiles {@code inputs} into {@code classes}; with {@code processor} writing to {@code
   * generated}, or with {@code -proc:none} if that is {@code null}. Returns the wall time of the
   * compilation alone; the output folders are cleaned outside it.
   */
  static Timing compile(
      JavaCompiler javac,
      List<Path> inputs,
      Path runtime,
      Path classes,
      Path generated,
      TimedProcessor processor)
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
        task.setProcessors(List.of(processor));
      }
      ok = task.call();
    }
    Timing timing =
        new Timing(
            (System.nanoTime() - start) / 1e6,
            (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6,
            processor == null ? 0 : processor.cpuNanos() / 1e6);
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
   * The runtime's classes (packages {@code dev.asyncgen} and {@code dev.asyncgen.internal}), as the
   * only class path of the compilations: from the folder they are in, or copied out of the
   * benchmarks jar.
   */
  static Path runtimeClasses(Path target) throws IOException, URISyntaxException {
    Path location = Path.of(Async.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return location;
    }
    Files.createDirectories(target.resolve("dev/asyncgen/internal"));
    try (JarFile jar = new JarFile(location.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (isRuntimeClass(name)) {
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target.resolve(name));
          }
        }
      }
    }
    return target;
  }

  /**
   * A class of the runtime's packages, {@code dev.asyncgen} and {@code dev.asyncgen.internal}
   * (the surface generated code calls), and not of the benchmarks or the processor, which the
   * jar holds too.
   */
  private static boolean isRuntimeClass(String entry) {
    for (String pkg : List.of("dev/asyncgen/", "dev/asyncgen/internal/")) {
      if (entry.startsWith(pkg) && entry.endsWith(".class") && entry.indexOf('/', pkg.length()) < 0) {
        return true;
      }
    }
    return false;
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

  static void deleteTree(Path root) throws IOException {
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
