package dev.asyncgen.bench.compile;

import dev.asyncgen.bench.Args;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 13: what one facade of a large library interface costs a build. Compiles {@code
 * @Async.Of(<interface>) final class Holder {}} four ways, each in a fresh JVM as a build's
 * compiler step would ({@link OneCompilation}), alternating the four in every repetition:
 *
 * <ul>
 *   <li>{@code bare}: the holder alone, {@code -proc:none}: the floor;
 *   <li>{@code generate}: {@code -proc:only} with the processor: generation alone;
 *   <li>{@code processor}: the whole compilation with the processor;
 *   <li>{@code pregenerated}: the holder and the facade's sources from the first run, {@code
 *       -proc:none}: javac's own compilation of what the processor writes.
 * </ul>
 *
 * <p>Reports the median process CPU time and wall time of each, the processor's own CPU time, and
 * the two figures the issue compares: what processing costs ({@code processor - pregenerated}) and
 * what compiling the output costs ({@code pregenerated - bare}).
 *
 * <p>Arguments: {@code --of=org.jooq.DSLContext --reps=5 --java=path/to/bin/java
 * --processor-path=jars} (class path entries put before this jar's own for the processor, to
 * measure another build of it).
 */
public final class LibraryFacadeTime {

  enum Variant { BARE, GENERATE, PROCESSOR, PREGENERATED }

  private LibraryFacadeTime() {}

  public static void main(String[] args) throws Exception {
    String of = Args.stringArg(args, "of", "org.jooq.DSLContext");
    int reps = Args.intArg(args, "reps", 5);
    String java = Args.stringArg(args, "java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String processorPath = Args.stringArg(args, "processor-path", "");
    String ownPath = System.getProperty("java.class.path");
    String childPath = processorPath.isEmpty() ? ownPath : processorPath + File.pathSeparator + ownPath;

    Path work = Files.createTempDirectory("asyncgen-library-");
    Path holder = work.resolve("src/bench/Holder.java");
    Files.createDirectories(holder.getParent());
    Files.writeString(
        holder,
        "package bench;\n@dev.asyncgen.Async.Of(" + of + ".class)\nfinal class Holder {}\n",
        StandardCharsets.UTF_8);

    Map<Variant, List<long[]>> timings = new EnumMap<>(Variant.class);
    List<String> generated = List.of();
    for (int rep = -1; rep < reps; rep++) { // rep -1: warms the disk cache, writes the sources
      for (Variant variant : Variant.values()) {
        if (variant == Variant.PREGENERATED && generated.isEmpty()) {
          generated = generatedSources(work.resolve("generated"));
        }
        long[] timing = compile(java, childPath, ownPath, variant, holder, generated, work);
        if (rep >= 0) {
          timings.computeIfAbsent(variant, v -> new ArrayList<>()).add(timing);
        }
      }
    }
    try {
      report(of, reps, timings, generated);
    } finally {
      CompileTime.deleteTree(work);
    }
  }

  private static long[] compile(
      String java, String childPath, String compilePath, Variant variant, Path holder,
      List<String> generated, Path work) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-cp", childPath, OneCompilation.class.getName()));
    if (variant == Variant.GENERATE || variant == Variant.PROCESSOR) {
      command.add("--asyncgen");
      command.addAll(List.of("-s", work.resolve("generated").toString()));
    } else {
      command.add("-proc:none");
    }
    if (variant == Variant.GENERATE) {
      command.add("-proc:only");
    }
    command.addAll(List.of("-cp", compilePath, "-d", work.resolve("classes-" + variant).toString(),
        "--release", "17", "-nowarn"));
    command.add(holder.toString());
    if (variant == Variant.PREGENERATED) {
      command.addAll(generated);
    }
    Files.createDirectories(work.resolve("classes-" + variant));
    Files.createDirectories(work.resolve("generated"));
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
    return values; // cpu, processor, wall
  }

  private static List<String> generatedSources(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private static void report(String of, int reps, Map<Variant, List<long[]>> timings,
      List<String> generated) throws IOException {
    long lines = 0;
    for (String file : generated) {
      lines += Files.readAllLines(Path.of(file)).size();
    }
    System.out.printf(Locale.ROOT, "@Async.Of(%s): %d generated files, %,d lines; %d repetitions,"
        + " medians, each compilation in a fresh JVM (%s)%n", of, generated.size(), lines, reps,
        System.getProperty("java.runtime.version"));
    System.out.println("  variant        process CPU ms   wall ms   processor CPU ms");
    Map<Variant, long[]> medians = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      long[] median = new long[3];
      for (int i = 0; i < 3; i++) {
        int field = i;
        List<Long> values = timings.get(variant).stream().map(t -> t[field]).sorted().toList();
        median[i] = values.get(values.size() / 2);
      }
      medians.put(variant, median);
      System.out.printf(Locale.ROOT, "  %-13s %15d %9d %18d%n", variant.name().toLowerCase(Locale.ROOT),
          median[0], median[2], median[1]);
    }
    long processing = medians.get(Variant.PROCESSOR)[0] - medians.get(Variant.PREGENERATED)[0];
    long compiling = medians.get(Variant.PREGENERATED)[0] - medians.get(Variant.BARE)[0];
    System.out.printf(Locale.ROOT, "  processing costs %d ms of CPU (processor - pregenerated); javac's"
        + " compilation of the output %d ms (pregenerated - bare); generation alone %d ms"
        + " (generate - bare)%n", processing, compiling,
        medians.get(Variant.GENERATE)[0] - medians.get(Variant.BARE)[0]);
  }
}
