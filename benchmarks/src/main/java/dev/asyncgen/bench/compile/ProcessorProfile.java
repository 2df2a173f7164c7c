package dev.asyncgen.bench.compile;

import dev.asyncgen.bench.Args;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the compile-time overhead goes: compiles the benchmark's interfaces with the asyncgen
 * processor under Java Flight Recorder's method sampling, and sorts the samples of the compiling
 * thread into javac's phases, the processor's own methods and what they call. Run with {@code
 * -XX:FlightRecorderOptions:stackdepth=1024}: javac's stacks are deep, and JFR keeps only 64
 * frames by default.
 *
 * <p>Arguments, all optional: {@code --interfaces=500 --warmups=2 --reps=3 --keep=file.jfr} (to
 * look at the recording with {@code jfr print} or JDK Mission Control).
 */
public final class ProcessorProfile {

  private ProcessorProfile() {}

  public static void main(String[] args) throws Exception {
    int interfaces = Args.intArg(args, "interfaces", 500);
    int warmups = Args.intArg(args, "warmups", 2);
    int reps = Args.intArg(args, "reps", 3);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path work = Files.createTempDirectory("asyncgen-profile-");
    try {
      Path runtime = CompileTime.runtimeClasses(work.resolve("runtime"));
      List<Path> inputs = SourceSet.write(work.resolve("src"), interfaces);
      for (int i = 0; i < warmups; i++) {
        compile(javac, inputs, runtime, work);
      }
      Path jfr = work.resolve("profile.jfr");
      double processorCpu = 0;
      try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
        for (int i = 0; i < reps; i++) {
          processorCpu += compile(javac, inputs, runtime, work).processorCpuMillis();
        }
        recording.stop();
        recording.dump(jfr);
      }
      summarize(jfr, Thread.currentThread().getName(), reps, processorCpu / reps);
      String keep = Args.stringArg(args, "keep", null);
      if (keep != null) {
        Files.copy(jfr, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("  recording kept in " + keep);
      }
    } finally {
      CompileTime.deleteTree(work);
    }
  }

  private static CompileTime.Timing compile(JavaCompiler javac, List<Path> inputs, Path runtime, Path work)
      throws IOException {
    return CompileTime.compile(
        javac, inputs, runtime, work.resolve("classes"), work.resolve("generated"), CompileTime.asyncgen());
  }

  private static void summarize(Path jfr, String threadName, int reps, double processorCpuMillis)
      throws IOException {
    List<List<String>> stacks =
        RecordingFile.readAllEvents(jfr).stream()
            .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
            .filter(event -> threadName.equals(thread(event)))
            .map(ProcessorProfile::frames)
            .toList();
    int total = stacks.size();
    System.out.printf(
        Locale.ROOT,
        "processor profile: %d samples of the javac thread over %d compilations (%s); CPU inside the"
            + " processor %.0f ms per compilation%n",
        total,
        reps,
        System.getProperty("java.runtime.version"),
        processorCpuMillis);

    Predicate<List<String>> inProcessor = frames -> frames.stream().anyMatch(f -> f.startsWith("dev.asyncgen.processor."));
    Map<String, Predicate<List<String>>> phases = new LinkedHashMap<>();
    phases.put("inside the asyncgen processor", inProcessor);
    phases.put(
        "javac round 2 (parse and enter again, not in the processor)",
        frames -> !inProcessor.test(frames) && frames.stream().anyMatch(f -> f.contains("JavacProcessingEnvironment$Round.")));
    phases.put("javac attribute", frames -> frames.contains("com.sun.tools.javac.main.JavaCompiler.attribute"));
    phases.put("javac flow", frames -> frames.contains("com.sun.tools.javac.main.JavaCompiler.flow"));
    phases.put("javac desugar", frames -> frames.contains("com.sun.tools.javac.main.JavaCompiler.desugar"));
    phases.put("javac generate", frames -> frames.contains("com.sun.tools.javac.main.JavaCompiler.generate"));
    print("Share of all samples", phases, stacks, total);

    List<List<String>> processor = stacks.stream().filter(inProcessor).toList();
    Map<String, Predicate<List<String>>> inside = new LinkedHashMap<>();
    inside.put("JavaPoet building and writing the files", frames -> frames.stream().anyMatch(f -> f.startsWith("com.palantir.javapoet.")));
    inside.put(
        "Elements.getTypeElement (javac looks a name up in every module)",
        frames -> frames.stream().anyMatch(f -> f.endsWith("JavacElements.getTypeElement")));
    inside.put("javac's Filer (creating the files)", frames -> frames.stream().anyMatch(f -> f.contains("JavacFiler.")));
    print("Share of the processor's samples", inside, processor, processor.size());

    Map<String, Long> byMethod =
        processor.stream()
            .flatMap(frames -> frames.stream().filter(f -> f.startsWith("dev.asyncgen.processor.")).distinct())
            .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    System.out.println("  processor methods, by samples with the method on the stack:");
    byMethod.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(15)
        .forEach(
            entry ->
                System.out.printf(
                    Locale.ROOT,
                    "    %5.1f%%  %s%n",
                    100.0 * entry.getValue() / Math.max(1, processor.size()),
                    entry.getKey().substring("dev.asyncgen.processor.".length())));
    innermost(processor);
  }

  private static void innermost(List<List<String>> stacks) {
    Map<String, Long> top =
        stacks.stream()
            .filter(frames -> !frames.isEmpty())
            .collect(Collectors.groupingBy(frames -> frames.get(0), Collectors.counting()));
    System.out.println("  innermost frames of the processor's samples:");
    top.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(
            entry ->
                System.out.printf(
                    Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * entry.getValue() / Math.max(1, stacks.size()), entry.getKey()));
  }

  private static void print(String title, Map<String, Predicate<List<String>>> groups, List<List<String>> stacks, int total) {
    System.out.println("  " + title + " (" + total + "):");
    for (Map.Entry<String, Predicate<List<String>>> group : groups.entrySet()) {
      long count = stacks.stream().filter(group.getValue()).count();
      System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * count / Math.max(1, total), group.getKey());
    }
  }

  private static String thread(RecordedEvent event) {
    return event.getThread("sampledThread") == null ? null : event.getThread("sampledThread").getJavaName();
  }

  /** The frames of the sample's stack as {@code class.method}, innermost first. */
  private static List<String> frames(RecordedEvent event) {
    if (event.getStackTrace() == null) {
      return List.of();
    }
    return event.getStackTrace().getFrames().stream()
        .filter(RecordedFrame::isJavaFrame)
        .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
        .toList();
  }
}
