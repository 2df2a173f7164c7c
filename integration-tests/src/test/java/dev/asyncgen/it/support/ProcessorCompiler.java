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
 * <p>The processor, JavaPoet and ECJ are dependencies of this module, so Maven resolves them
 * and puts them on the test class path; the compilations here take them from there. Nothing is
 * looked up by path in a local Maven repository.
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
    return compile(tool, workDir, sources, List.of());
  }

  /**
   * As {@link #compile(Tool, Path, Map)}, with the jars (or folders) holding {@code libraries} on
   * the class path too: a library whose interfaces {@code @Async.Of} lists.
   */
  public static Result compile(
      Tool tool, Path workDir, Map<String, String> sources, List<Class<?>> libraries)
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
      String runtimePath = runtimePath();
      for (Class<?> library : libraries) {
        runtimePath += File.pathSeparator + location(library);
      }
      if (tool == Tool.JAVAC) {
        options.addAll(List.of("-Xlint:all,-processing", "-Werror", runtimeOn, runtimePath));
      } else if (runtimeOn.equals("--module-path")) {
        // Not the processor on the class path here: ECJ takes its folder dev/asyncgen for a second
        // package dev.asyncgen, in the unnamed module, and rejects the split.
        options.addAll(List.of("-warn:-unused,-javadoc", "--module-path", runtimePath));
      } else {
        // As the ecj profile: warnings stay warnings; the processor is on the class path too.
        options.addAll(
            List.of(
                "-warn:-unused,-javadoc",
                "-classpath",
                runtimePath + File.pathSeparator + processorPath));
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

  /**
   * Eclipse's compiler, from this module's test class path (a test dependency, so Maven downloads
   * it like any other).
   */
  private static synchronized JavaCompiler eclipseCompiler() {
    if (ecj == null) {
      try {
        ecj = (JavaCompiler) load(ECJ_COMPILER).getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "cannot load Eclipse's compiler (" + ECJ_COMPILER + ") from the test class path", e);
      }
    }
    return ecj;
  }

  private static final String ECJ_COMPILER = "org.eclipse.jdt.internal.compiler.tool.EclipseCompiler";

  /** The runtime (for {@code @Async}) as this test JVM loaded it. */
  private static String runtimePath() {
    return location(Async.class);
  }

  /**
   * The processor and JavaPoet, from the system property {@value #PROCESSOR_PATH_PROPERTY} if set,
   * else where this test JVM found them: the processor is a {@code provided} dependency of this
   * module, so Maven (or an IDE importing the pom) puts both on the test class path.
   */
  private static String processorPath() {
    String configured = System.getProperty(PROCESSOR_PATH_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return location(load("dev.asyncgen.processor.AsyncProcessor"))
        + File.pathSeparator
        + location(load("com.palantir.javapoet.JavaFile"));
  }

  /** By name: this code compiles against neither the processor nor JavaPoet, it only hands them on. */
  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, ProcessorCompiler.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          className + " is not on the test class path: is the processor a dependency of this module?",
          e);
    }
  }

  /** The jar or class folder {@code type} was loaded from. */
  private static String location(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
