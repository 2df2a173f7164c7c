package dev.asyncgen.bench.compile;

import dev.asyncgen.bench.Args;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 13: what one facade of a large library interface costs a build. Compiles {@code
 * @Async.Of(<interface>) final class Holder {}} in several ways, each in a fresh JVM as a build's
 * compiler step would ({@link OneCompilation}), all of them once per repetition, in turn:
 *
 * <ul>
 *   <li>{@code bare}: the holder alone, {@code -proc:none}: the floor;
 *   <li>{@code generate}: {@code -proc:only} with the processor: generation alone;
 *   <li>{@code processor}: the whole compilation with the processor;
 *   <li>{@code pregenerated}: the holder and the facade's sources from the first run, {@code
 *       -proc:none}: javac's own compilation of what the processor writes.
 * </ul>
 *
 * <p>The last three for each processor given, so that two builds of the processor (before and
 * after a change) are measured side by side, in one run. Reports the median process CPU time
 * (javac's thread, the JIT compilers and the garbage collector) and wall time of each, the CPU time
 * inside the processor, and the two figures the issue compares: what processing costs ({@code
 * processor - pregenerated}) and what compiling its output costs ({@code pregenerated - bare}).
 *
 * <p>Arguments: {@code --of=org.jooq.DSLContext --reps=5 --java=path/to/bin/java
 * --processors=before=a.jar:b.jar,after=} (name=class path of the processor and JavaPoet, put
 * before this jar's own; an empty path is this jar's processor; default {@code this=}).
 */
public final class LibraryFacadeTime {

  enum Variant { BARE, GENERATE, PROCESSOR, PREGENERATED }

  /** A processor to measure: its name, and the class path of the JVMs that run it. */
  private record Side(String name, String childPath, Path generated) {}

  private LibraryFacadeTime() {}

  public static void main(String[] args) throws Exception {
    String of = Args.stringArg(args, "of", "org.jooq.DSLContext");
    int reps = Args.intArg(args, "reps", 5);
    String java = Args.stringArg(args, "java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String ownPath = System.getProperty("java.class.path");
    Path work = Files.createTempDirectory("asyncgen-library-");
    try {
      List<Side> sides = new ArrayList<>();
      for (String side : Args.stringArg(args, "processors", "this=").split(",")) {
        String name = side.substring(0, side.indexOf('='));
        String path = side.substring(side.indexOf('=') + 1);
        sides.add(new Side(name, path.isEmpty() ? ownPath : path + File.pathSeparator + ownPath,
            work.resolve("generated-" + name)));
      }
      Path holder = work.resolve("src/bench/Holder.java");
      Files.createDirectories(holder.getParent());
      Files.writeString(
          holder,
          "package bench;\n@dev.asyncgen.Async.Of(" + of + ".class)\nfinal class Holder {}\n",
          StandardCharsets.UTF_8);
      Map<String, List<long[]>> timings = new LinkedHashMap<>();
      for (int rep = -1; rep < reps; rep++) { // rep -1 warms the disk cache and writes the sources
        measure(rep, "bare", timings, java, ownPath, Variant.BARE, holder, null, work);
        for (Side side : sides) {
          for (Variant variant : List.of(Variant.GENERATE, Variant.PROCESSOR, Variant.PREGENERATED)) {
            measure(rep, side.name() + " " + variant.name().toLowerCase(Locale.ROOT), timings, java,
                side.childPath(), variant, holder, side.generated(), work);
          }
        }
      }
      report(of, reps, timings, sides);
    } finally {
      CompileTime.deleteTree(work);
    }
  }

  private static void measure(
      int rep, String label, Map<String, List<long[]>> timings, String java, String childPath,
      Variant variant, Path holder, Path generated, Path work) throws IOException, InterruptedException {
    long[] timing = compile(java, childPath, variant, holder, generated, work);
    if (rep >= 0) {
      timings.computeIfAbsent(label, l -> new ArrayList<>()).add(timing);
    }
  }

  /** One javac run in a JVM of its own: {cpu, processor cpu, wall}, in milliseconds. */
  private static long[] compile(
      String java, String childPath, Variant variant, Path holder, Path generated, Path work)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-cp", childPath, OneCompilation.class.getName()));
    if (variant == Variant.GENERATE || variant == Variant.PROCESSOR) {
      Files.createDirectories(generated);
      command.addAll(List.of("--asyncgen", "-s", generated.toString()));
      if (variant == Variant.GENERATE) {
        command.add("-proc:only");
      }
    } else {
      command.add("-proc:none");
    }
    Path classes = Files.createDirectories(work.resolve("classes-" + variant));
    // The class path of the code compiled: this jar, which holds the runtime and the library.
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
        "--release", "17", "-nowarn", holder.toString()));
    if (variant == Variant.PREGENERATED) {
      command.addAll(sources(generated));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    if (!last.startsWith("cpu=") || !last.endsWith("ok=true")) {
      throw new IllegalStateException(variant + " failed:\n" + output);
    }
    long[] values = new long[3];
    String[] fields = last.split(" ");
    for (int i = 0; i < 3; i++) {
      values[i] = Long.parseLong(fields[i].substring(fields[i].indexOf('=') + 1));
    }
    return values;
  }

  private static List<String> sources(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private static void report(String of, int reps, Map<String, List<long[]>> timings, List<Side> sides)
      throws IOException {
    System.out.printf(Locale.ROOT, "@Async.Of(%s): %d repetitions, medians, each compilation in a fresh"
        + " JVM (%s)%n", of, reps, System.getProperty("java.runtime.version"));
    for (Side side : sides) {
      long lines = 0;
      List<String> files = sources(side.generated());
      for (String file : files) {
        lines += Files.readAllLines(Path.of(file)).size();
      }
      System.out.printf(Locale.ROOT, "  %s: %d generated files, %,d lines%n", side.name(), files.size(), lines);
    }
    System.out.println("  compilation              process CPU ms   wall ms   processor CPU ms");
    Map<String, long[]> medians = new LinkedHashMap<>();
    for (Map.Entry<String, List<long[]>> entry : timings.entrySet()) {
      long[] median = new long[3];
      for (int i = 0; i < 3; i++) {
        int field = i;
        List<Long> values = entry.getValue().stream().map(t -> t[field]).sorted().toList();
        median[i] = values.get(values.size() / 2);
      }
      medians.put(entry.getKey(), median);
      System.out.printf(Locale.ROOT, "  %-24s %14d %9d %18d%n", entry.getKey(), median[0], median[2], median[1]);
    }
    long bare = medians.get("bare")[0];
    for (Side side : sides) {
      long generate = medians.get(side.name() + " generate")[0];
      long processor = medians.get(side.name() + " processor")[0];
      long pregenerated = medians.get(side.name() + " pregenerated")[0];
      System.out.printf(Locale.ROOT, "  %s: generation alone %d ms of CPU (generate - bare); processing"
          + " %d ms (processor - pregenerated); javac's compilation of the output %d ms (pregenerated"
          + " - bare); the whole compilation %d ms (processor - bare)%n",
          side.name(), generate - bare, processor - pregenerated, pregenerated - bare, processor - bare);
    }
  }
}
