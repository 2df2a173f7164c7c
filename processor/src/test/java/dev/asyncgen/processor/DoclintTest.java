package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated Javadoc passes the strictest checks a user's build may run over generated sources:
 * javac's {@code -Xdoclint:all -Werror}, which checks every declaration whatever its access, and
 * the {@code javadoc} tool with {@code -Xdoclint:all -Xwerror} (maven-javadoc-plugin's {@code
 * failOnWarnings}). The user's own sources are compiled first, without doclint: only what the
 * processor wrote is judged.
 */
class DoclintTest {

  @TempDir Path work;

  /** Every golden case, and two more shapes. */
  static Stream<Arguments> shapes() throws IOException {
    List<Arguments> shapes = new ArrayList<>();
    for (String name : GoldenFilesTest.CASES) {
      shapes.add(Arguments.of(name, GoldenFilesTest.caseSources(name)));
    }
    return Stream.concat(shapes.stream(), Stream.of(
        Arguments.of(
            "generics, varargs, stages, deprecation, a timeout",
            List.of(
                source(
                    "p.Store",
                    "package p;",
                    "import java.util.List;",
                    "import java.util.Map;",
                    "import java.util.concurrent.CompletionStage;",
                    "@dev.asyncgen.Async(timeout = \"1500ms\")",
                    "public interface Store<K extends Comparable<? super K>, V> {",
                    "  V get(K key) throws java.io.IOException;",
                    "  <R extends V> List<R> all(Class<R> type, K... keys);",
                    "  void put(K key, V value);",
                    "  CompletionStage<Map<K, V>> snapshot();",
                    "  int[] sizes(long[][] shards);",
                    "  @Deprecated void compact();",
                    "  /** @deprecated use {@link #compact()} */",
                    "  @Deprecated(forRemoval = true) void vacuum();",
                    "  interface Listener<E> { void changed(E event); }",
                    "}"),
                source(
                    "p.Listeners",
                    "package p;",
                    "@dev.asyncgen.Async.Of(Store.Listener.class)",
                    "final class Listeners {}"))),
        Arguments.of(
            "interfaces of the JDK through @Async.Of",
            List.of(
                source(
                    "q.package-info",
                    "@dev.asyncgen.Async.Of({",
                    "    java.sql.ResultSet.class,",
                    "    java.util.List.class,",
                    "    java.util.Map.Entry.class,",
                    "    java.util.concurrent.BlockingQueue.class,",
                    "    java.util.function.BiFunction.class,",
                    "    java.nio.file.WatchService.class})",
                    "package q;")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void generatedSourcesPassJavacDoclintAndJavadoc(String shape, List<JavaFileObject> sources)
      throws IOException {
    Compilation compilation = Compilations.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeeded();
    Path classes = writeClasses(compilation, work.resolve("classes"));
    List<JavaFileObject> generated = compilation.generatedSourceFiles();
    assertFalse(generated.isEmpty(), shape + ": nothing generated");

    Compilation doclinted =
        Compiler.javac()
            .withOptions("-proc:none", "-Xdoclint:all", "-Xlint:all", "-Werror")
            .withClasspath(Compilations.classPathWith(classes))
            .compile(generated);
    assertThat(doclinted).succeededWithoutWarnings();

    assertJavadocIsClean(generated, classes);
  }

  /** Runs the javadoc tool over the generated sources, as maven-javadoc-plugin would. */
  private void assertJavadocIsClean(List<JavaFileObject> generated, Path classes) throws IOException {
    Path sources = work.resolve("generated");
    List<File> files = new ArrayList<>();
    for (JavaFileObject file : generated) {
      String path = file.toUri().getPath();
      Path target = sources.resolve(path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      Files.writeString(target, Compilations.content(file), StandardCharsets.UTF_8);
      files.add(target.toFile());
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager = javadoc.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d", work.resolve("apidocs").toString(),
              "-classpath", String.join(File.pathSeparator, Compilations.classPathWith(classes).stream().map(File::getPath).toList()),
              "-package", // package-private facades and their implementations too
              "-Xdoclint:all",
              "-Xwerror",
              "-quiet",
              "-notimestamp");
      boolean ok =
          javadoc
              .getTask(output, fileManager, null, null, options, fileManager.getJavaFileObjectsFromFiles(files))
              .call();
      assertEquals("", output.toString().strip(), "javadoc printed");
      assertEquals(true, ok, "javadoc failed:\n" + output);
    }
  }

  private static Path writeClasses(Compilation compilation, Path folder) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf("/CLASS_OUTPUT/");
      if (file.getKind() != JavaFileObject.Kind.CLASS || start < 0) {
        continue;
      }
      Path target = folder.resolve(path.substring(start + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    return folder;
  }
}
