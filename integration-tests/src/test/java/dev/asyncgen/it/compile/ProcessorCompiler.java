package dev.asyncgen.it.compile;

import dev.asyncgen.Async;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the asyncgen processor, as this module's own build does ({@code --release
 * 17 -Xlint:all,-processing -Werror}), inside a test. For shapes whose generated code does not
 * compile: as a source file of this module they would stop the whole module from compiling, so they
 * are compiled here and fail one test each.
 *
 * <p>The processor is not on the test class path. It is taken from the system property {@value
 * #PROCESSOR_PATH_PROPERTY} if set, else from this checkout's {@code processor/target/classes}
 * (which the reactor builds before this module), else from the local Maven repository.
 */
final class ProcessorCompiler {

  static final String PROCESSOR_PATH_PROPERTY = "asyncgen.it.processorPath";

  /** What a compilation gave: success, javac's messages, and the sources the processor wrote. */
  record Result(
      boolean success, String diagnostics, Map<String, String> generated, String processorPath) {

    /** Everything a failure message needs: the messages, then each generated file. */
    String report() {
      StringBuilder out = new StringBuilder("processor path: ").append(processorPath).append('\n');
      out.append(diagnostics);
      generated.forEach(
          (name, text) -> out.append("\n--- ").append(name).append(" ---\n").append(text));
      return out.toString();
    }
  }

  private ProcessorCompiler() {}

  /**
   * Compiles {@code sources} (file path relative to the source root, e.g. {@code p/Foo.java}, to
   * text).
   */
  static Result compile(Path workDir, Map<String, String> sources) throws IOException {
    Path src = Files.createDirectories(workDir.resolve("src"));
    Path out = Files.createDirectories(workDir.resolve("classes"));
    Path gen = Files.createDirectories(workDir.resolve("generated"));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    String processorPath = processorPath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean success;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all,-processing",
              "-Werror",
              "-encoding",
              "UTF-8",
              "-classpath",
              runtimePath(),
              "-processorpath",
              processorPath,
              "-d",
              out.toString(),
              "-s",
              gen.toString());
      StringWriter javacOutput = new StringWriter();
      success =
          javac
              .getTask(
                  javacOutput,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromFiles(files))
              .call();
    }
    String messages =
        diagnostics.getDiagnostics().stream()
            .map(ProcessorCompiler::format)
            .collect(Collectors.joining("\n"));
    Map<String, String> generated = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(gen)) {
      for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
        generated.put(
            gen.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return new Result(success, messages, generated, processorPath);
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where =
        d.getSource() == null
            ? ""
            : Paths.get(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
    return d.getKind() + ": " + where + d.getMessage(Locale.ROOT);
  }

  /** The runtime (for {@code @Async}) as this test JVM loaded it. */
  private static String runtimePath() {
    try {
      return Paths.get(Async.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String processorPath() throws IOException {
    String configured = System.getProperty(PROCESSOR_PATH_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path root = projectRoot();
    String javapoet = javapoetJar(root);
    Path classes = root.resolve("processor/target/classes");
    if (Files.exists(classes.resolve("dev/asyncgen/processor/AsyncProcessor.class"))) {
      return classes + File.pathSeparator + javapoet;
    }
    Path jar =
        localRepository()
            .resolve(
                "dev/asyncgen/asyncgen-processor/0.1.0-SNAPSHOT/asyncgen-processor-0.1.0-SNAPSHOT.jar");
    if (Files.exists(jar)) {
      return jar + File.pathSeparator + javapoet;
    }
    throw new IllegalStateException(
        "cannot find the asyncgen processor: build the processor module, or set -D"
            + PROCESSOR_PATH_PROPERTY);
  }

  /** The worktree root: the parent of this module's directory, where Surefire runs. */
  private static Path projectRoot() {
    Path module = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    return module.getParent() != null && Files.exists(module.getParent().resolve("processor"))
        ? module.getParent()
        : module;
  }

  private static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null
        ? Paths.get(configured)
        : Paths.get(System.getProperty("user.home"), ".m2", "repository");
  }

  /** JavaPoet, at the version the root pom names. */
  private static String javapoetJar(Path root) throws IOException {
    String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher version =
        Pattern.compile("<javapoet\\.version>([^<]+)</javapoet\\.version>").matcher(pom);
    if (!version.find()) {
      throw new IllegalStateException("no javapoet.version in " + root.resolve("pom.xml"));
    }
    String v = version.group(1).trim();
    Path jar =
        localRepository()
            .resolve("com/palantir/javapoet/javapoet/" + v + "/javapoet-" + v + ".jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("JavaPoet is not in the local repository: " + jar);
    }
    return jar.toString();
  }
}
