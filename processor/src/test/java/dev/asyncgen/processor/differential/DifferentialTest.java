package dev.asyncgen.processor.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.processor.AsyncProcessor;
import dev.asyncgen.processor.Compilations;
import dev.asyncgen.processor.differential.RandomInterfaceGenerator.Case;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the processor: random {@code @Async} interfaces, each compiled with the
 * processor under {@code -Xlint:all -Werror} together with a deterministic implementation and a
 * harness, which then calls every method directly and through the facade (and every gather helper)
 * and checks that result, exception class and message agree; see {@link RandomInterfaceGenerator}
 * for what it generates and {@link Check} for the contract compared.
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@code asyncgen.differential.count} interfaces to generate (default 250);
 *   <li>{@code asyncgen.differential.seed} the first seed (default 1); interface {@code i} uses
 *       {@code seed + i}, so {@code -Dasyncgen.differential.seed=N -Dasyncgen.differential.count=1}
 *       reproduces the one interface a failure names;
 *   <li>{@code asyncgen.differential.batch} interfaces per compilation (default 100);
 *   <li>{@code asyncgen.differential.dump} a directory to write every interface's sources to.
 * </ul>
 *
 * <p>For example: {@code mvn -pl runtime,processor verify -Dtest=DifferentialTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dasyncgen.differential.count=5000}.
 */
class DifferentialTest {

  private static final int COUNT = Integer.getInteger("asyncgen.differential.count", 250);
  private static final long SEED = Long.getLong("asyncgen.differential.seed", 1L);
  private static final int BATCH = Integer.getInteger("asyncgen.differential.batch", 100);
  private static final String DUMP = System.getProperty("asyncgen.differential.dump");

  /** Enough cases that every feature must have come up at least once. */
  private static final int COVERAGE_MINIMUM_CASES = 200;

  private static final Pattern CASE_PACKAGE = Pattern.compile("difft[/.]c(\\d+)[/.]");

  private final Map<Long, Case> cases = new LinkedHashMap<>();
  private final Map<Long, List<String>> failures = new LinkedHashMap<>();
  private int calls;
  private int casesWithGatherFailures;
  private long compileNanos;
  private long runNanos;

  @Test
  void facadesBehaveLikeTheirSyncInterfaces() throws IOException {
    long start = System.nanoTime();
    Map<Feature, Integer> coverage = new EnumMap<>(Feature.class);
    int methods = 0;
    List<Case> batch = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      Case generated = RandomInterfaceGenerator.generate(SEED + i);
      cases.put(generated.seed(), generated);
      methods += generated.methods();
      for (Feature feature : generated.features()) {
        coverage.merge(feature, 1, Integer::sum);
      }
      if (DUMP != null) {
        dump(generated);
      }
      batch.add(generated);
      if (batch.size() == BATCH || i == COUNT - 1) {
        compileAndRun(batch);
        batch = new ArrayList<>();
      }
    }
    // Only a run can tell whether a gather met a failing call.
    if (casesWithGatherFailures > 0) {
      coverage.put(Feature.GATHER_CALLED_WITH_FAILURE, casesWithGatherFailures);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String summary =
        String.format(
            Locale.ROOT,
            "differential: %d interfaces (seeds %d..%d), %d sync methods, %d facade calls compared,"
                + " %d failing interfaces, in %.1f s (compiling %.1f s, running %.1f s) on Java %s",
            COUNT, SEED, SEED + COUNT - 1, methods, calls, failures.size(), seconds,
            compileNanos / 1e9, runNanos / 1e9, System.getProperty("java.version"));
    System.out.println(summary);
    String table = coverageTable(coverage);
    System.out.println(table);
    Path target = Paths.get("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("differential-coverage.txt"), summary + "\n" + table);
    }

    if (!failures.isEmpty()) {
      fail(report());
    }
    if (COUNT >= COVERAGE_MINIMUM_CASES) {
      List<Feature> missing = new ArrayList<>();
      for (Feature feature : Feature.values()) {
        if (!coverage.containsKey(feature)) {
          missing.add(feature);
        }
      }
      assertEquals(List.of(), missing, "features the generator never produced in " + COUNT + " cases");
    }
    assertTrue(calls > COUNT, "too few calls compared: " + calls);
  }

  /** Compiles the cases together; on failure, finds the failing ones and tries the rest again. */
  private void compileAndRun(List<Case> batch) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Case c : batch) {
      for (Map.Entry<String, String> source : c.sources().entrySet()) {
        sources.add(JavaFileObjects.forSourceString(source.getKey(), source.getValue()));
      }
    }
    long start = System.nanoTime();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor())
            .withOptions(Compilations.STRICT)
            .compile(sources);
    compileNanos += System.nanoTime() - start;
    Map<Long, List<String>> problems = new LinkedHashMap<>();
    List<String> unattributed = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.ERROR
          && diagnostic.getKind() != Diagnostic.Kind.WARNING
          && diagnostic.getKind() != Diagnostic.Kind.MANDATORY_WARNING) {
        continue;
      }
      String text = format(diagnostic);
      Long seed = diagnostic.getSource() == null ? null : seedOf(diagnostic.getSource().toUri().toString());
      if (seed == null) {
        seed = seedOf(text);
      }
      if (seed != null && cases.containsKey(seed)) {
        problems.computeIfAbsent(seed, s -> new ArrayList<>()).add(text);
      } else if (!text.contains("warnings found and -Werror specified")) {
        unattributed.add(text);
      }
    }
    if (compilation.status() == Compilation.Status.SUCCESS && problems.isEmpty()) {
      run(batch, compilation);
      return;
    }
    if (problems.isEmpty()) {
      for (Case c : batch) {
        failures.put(c.seed(), List.of("the batch failed to compile: " + unattributed));
      }
      return;
    }
    if (batch.size() == 1) {
      failures.put(batch.get(0).seed(), problems.getOrDefault(batch.get(0).seed(), unattributed));
      return;
    }
    // An error in one case can break others: javac compiles no generated source once a processor
    // reported an error. So each case with problems is compiled again on its own.
    List<Case> rest = new ArrayList<>();
    for (Case c : batch) {
      if (problems.containsKey(c.seed())) {
        compileAndRun(List.of(c));
      } else {
        rest.add(c);
      }
    }
    if (!rest.isEmpty()) {
      compileAndRun(rest);
    }
  }

  private void run(List<Case> batch, Compilation compilation) {
    long start = System.nanoTime();
    try {
      runHarnesses(batch, compilation);
    } finally {
      runNanos += System.nanoTime() - start;
    }
  }

  private void runHarnesses(List<Case> batch, Compilation compilation) {
    CompiledClasses loader = new CompiledClasses(compilation, getClass().getClassLoader());
    for (Case c : batch) {
      Check check = new Check("[seed " + c.seed() + "]");
      try {
        Class.forName(c.harness(), true, loader).getMethod("run", Check.class).invoke(null, check);
      } catch (InvocationTargetException e) {
        failures.put(c.seed(), List.of("the harness threw: " + stackTrace(e.getCause())));
        continue;
      } catch (ReflectiveOperationException e) {
        failures.put(c.seed(), List.of("could not run the harness: " + stackTrace(e)));
        continue;
      }
      calls += check.calls();
      if (check.gathersWithFailures() > 0) {
        casesWithGatherFailures++;
      }
      if (!check.mismatches().isEmpty()) {
        failures.put(c.seed(), check.mismatches());
      }
    }
  }

  private static Long seedOf(String text) {
    Matcher matcher = CASE_PACKAGE.matcher(text);
    return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
  }

  private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where =
        diagnostic.getSource() == null
            ? ""
            : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
    return diagnostic.getKind() + " " + where + diagnostic.getMessage(Locale.ROOT);
  }

  /** The failures, each with its seed and the file holding its sources; the first in full. */
  private String report() throws IOException {
    Path folder = Paths.get("target", "differential-failures");
    Files.createDirectories(folder);
    StringBuilder report = new StringBuilder();
    report.append(failures.size()).append(" of ").append(COUNT)
        .append(" interfaces behave differently through their facade. Reproduce one with")
        .append(" -Dasyncgen.differential.seed=<seed> -Dasyncgen.differential.count=1\n");
    boolean first = true;
    for (Map.Entry<Long, List<String>> failure : failures.entrySet()) {
      Case c = cases.get(failure.getKey());
      Path file = folder.resolve("seed-" + c.seed() + ".txt");
      Files.writeString(
          file,
          String.join("\n", failure.getValue()) + "\n\n" + c.listing(),
          StandardCharsets.UTF_8);
      report.append("\n== seed ").append(c.seed()).append(" (").append(file.toAbsolutePath()).append(")\n");
      List<String> lines = failure.getValue();
      for (String line : lines.subList(0, Math.min(lines.size(), 8))) {
        report.append("  ").append(line).append('\n');
      }
      if (first) {
        System.out.println("== sources of seed " + c.seed() + "\n" + c.listing());
        first = false;
      }
    }
    return report.toString();
  }

  private static String coverageTable(Map<Feature, Integer> coverage) {
    StringBuilder table = new StringBuilder("feature coverage (interfaces holding each):\n");
    for (Feature feature : Feature.values()) {
      table.append(String.format(Locale.ROOT, "  %-45s %6d%n", feature, coverage.getOrDefault(feature, 0)));
    }
    return table.toString();
  }

  private static void dump(Case c) throws IOException {
    Path folder = Paths.get(DUMP);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("seed-" + c.seed() + ".java.txt"), c.listing(), StandardCharsets.UTF_8);
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
