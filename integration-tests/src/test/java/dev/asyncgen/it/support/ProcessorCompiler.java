package dev.asyncgen.it.support;

import dev.asyncgen.Async;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Compiles sources with the asyncgen processor inside a test, with javac as this module's own build
 * does ({@code --release 17 -Xlint:all,-processing -Werror}) or with Eclipse's compiler as the
 * {@code ecj} profile does. For shapes whose generated code does not compile: as a source file of
 * this module they would stop the whole module from compiling, so they are compiled here and fail
 * one test each.
 *
 * <p>Sources that include a {@code module-info.java} are compiled as a named module, with the
 * runtime on the module path ({@code requires dev.asyncgen}) instead of the class path.
 *
 * <p>The processor is not on the test class path. It is taken from the system property {@value
 * #PROCESSOR_PATH_PROPERTY} if set, else from this checkout's {@code processor/target/classes}
 * (which the reactor builds before this module), else from the local Maven repository. ECJ comes
 * from the local Maven repository, at the version this module's pom names.
 */
public final class ProcessorCompiler {

  public static final String PROCESSOR_PATH_PROPERTY = "asyncgen.it.processorPath";

  /** The compilers a user runs the processor with. */
  public enum Tool {
    /** The JDK's javac, with this module's flags. */
    JAVAC,
    /** Eclipse's compiler, as the Eclipse IDE and the {@code ecj} profile run it. */
    ECJ
  }

  /** What a compilation gave: success, javac's messages, and the sources the processor wrote. */
  public record Result(
      boolean success,
      String diagnostics,
      Map<String, String> generated,
      String processorPath,
      ClassLoader loader,
      Path classes) {

    /** Everything a failure message needs: the messages, then each generated file. */
    public String report() {
      StringBuilder out = new StringBuilder("processor path: ").append(processorPath).append('\n');
      out.append(diagnostics);
      generated.forEach(
          (name, text) -> out.append("\n--- ").append(name).append(" ---\n").append(text));
      return out.toString();
    }

    /**
     * Loads a compiled class, through a class loader of this compilation whose parent is this
     * test's, so that it shares the runtime and the test's classes.
     */
    public Class<?> load(String className) throws Exception {
      if (!success) {
        throw new AssertionError("did not compile:\n" + report());
      }
      return Class.forName(className, true, loader);
    }

    /**
     * Loads a class of the compiled named module {@code module}, in a module layer of its own
     * beside the runtime's module {@code dev.asyncgen}, as {@code java --module-path} would.
     */
    public Class<?> loadFromModule(String module, String className) throws Exception {
      if (!success) {
        throw new AssertionError("did not compile:\n" + report());
      }
      ModuleFinder finder = ModuleFinder.of(classes, Paths.get(runtimePath()));
      Configuration configuration =
          ModuleLayer.boot()
              .configuration()
              .resolve(finder, ModuleFinder.of(), Set.of(module));
      ModuleLayer layer =
          ModuleLayer.boot()
              .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
      return Class.forName(className, true, layer.findLoader(module));
    }
  }

  private ProcessorCompiler() {}

  /** Compiles {@code sources} (path under the source root, e.g. {@code p/Foo.java}, to text). */
  public static Result compile(Path workDir, Map<String, String> sources) throws IOException {
    return compile(Tool.JAVAC, workDir, sources);
  }

  /** As {@link #compile(Path, Map)}, with {@code tool}. */
  public static Result compile(Tool tool, Path workDir, Map<String, String> sources)
      throws IOException {
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
    JavaCompiler compiler =
        tool == Tool.JAVAC ? ToolProvider.getSystemJavaCompiler() : eclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean success;
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8"));
      String runtimeOn = sources.containsKey("module-info.java") ? "--module-path" : "-classpath";
      if (tool == Tool.JAVAC) {
        options.addAll(List.of("-Xlint:all,-processing", "-Werror", runtimeOn, runtimePath()));
      } else if (runtimeOn.equals("--module-path")) {
        // Not the processor on the class path here: ECJ takes its folder dev/asyncgen for a second
        // package dev.asyncgen, in the unnamed module, and rejects the split.
        options.addAll(List.of("-warn:-unused,-javadoc", "--module-path", runtimePath()));
      } else {
        // As the ecj profile: warnings stay warnings; the processor is on the class path too.
        options.addAll(
            List.of(
                "-warn:-unused,-javadoc",
                "-classpath",
                runtimePath() + File.pathSeparator + processorPath));
      }
      options.addAll(
          List.of("-processorpath", processorPath, "-d", out.toString(), "-s", gen.toString()));
      StringWriter compilerOutput = new StringWriter();
      success =
          compiler
              .getTask(
                  compilerOutput,
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
    ClassLoader loader =
        new URLClassLoader(
            new URL[] {out.toUri().toURL()}, ProcessorCompiler.class.getClassLoader());
    return new Result(success, messages, generated, processorPath, loader, out);
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    String where = "";
    if (d.getSource() != null) {
      String name = d.getSource().getName();
      where = name.substring(name.lastIndexOf('/') + 1) + ":" + d.getLineNumber() + ": ";
    }
    String message = d.getMessage(Locale.ROOT);
    String[] lines = message.split("\\R", -1);
    if (lines.length > 25) { // a stack overflow's trace: the top says enough
      message = String.join("\n", java.util.Arrays.copyOf(lines, 25)) + "\n\t...";
    }
    return d.getKind() + ": " + where + message;
  }

  private static JavaCompiler ecj;

  /** Eclipse's compiler, loaded once from the local Maven repository. */
  private static synchronized JavaCompiler eclipseCompiler() throws IOException {
    if (ecj != null) {
      return ecj;
    }
    Path root = projectRoot();
    String pom =
        Files.readString(root.resolve("integration-tests/pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<ecj\\.version>([^<]+)</ecj\\.version>").matcher(pom);
    if (!version.find()) {
      throw new IllegalStateException("no ecj.version in integration-tests/pom.xml");
    }
    String v = version.group(1).trim();
    Path jar = localRepository().resolve("org/eclipse/jdt/ecj/" + v + "/ecj-" + v + ".jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("ECJ is not in the local repository: " + jar);
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    try {
      ecj =
          (JavaCompiler)
              loader
                  .loadClass("org.eclipse.jdt.internal.compiler.tool.EclipseCompiler")
                  .getConstructor()
                  .newInstance();
      return ecj;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load ECJ from " + jar, e);
    }
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
