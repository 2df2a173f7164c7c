package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole generated sources compared with golden files under {@code src/test/resources/golden}.
 * After an intended change, rewrite them with {@code ASYNCGEN_UPDATE_GOLDEN=true mvn test} and
 * review the diff.
 */
class GoldenFilesTest {

  private static final boolean UPDATE = "true".equals(System.getenv("ASYNCGEN_UPDATE_GOLDEN"));

  /** The cases under {@code src/test/resources/cases}, each with its folder under {@code golden}. */
  static final List<String> CASES =
      List.of("downloader", "repository", "clashes", "of", "timeout", "generics", "nesting");

  static List<String> caseNames() {
    return CASES;
  }

  @ParameterizedTest
  @MethodSource("caseNames")
  void generatedSourcesMatchTheGoldenFiles(String name) throws IOException {
    Compilation compilation = Compilations.compileStrictly(caseSources(name).toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = generatedSources(compilation);
    Path golden = Paths.get("src", "test", "resources", "golden", name);
    if (UPDATE) {
      rewrite(golden, generated);
    }
    Map<String, String> expected = goldenSources(name);
    assertEquals(expected.keySet(), generated.keySet(), "generated files of " + name);
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  /** The golden files of one case: file name to content, e.g. {@code DownloaderAsync.java}. */
  static Map<String, String> goldenSources(String name) throws IOException {
    Map<String, String> golden = new TreeMap<>();
    try (Stream<Path> files = Files.list(Paths.get("src", "test", "resources", "golden", name))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        golden.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return golden;
  }

  /** The test sources of one case, from {@code src/test/resources/cases/<name>}. */
  static List<JavaFileObject> caseSources(String name) throws IOException {
    Path folder;
    try {
      folder = Paths.get(GoldenFilesTest.class.getResource("/cases/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .sorted()
          .map(
              file -> {
                try {
                  return JavaFileObjects.forResource(file.toUri().toURL());
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .toList();
    }
  }

  /** File name to content, e.g. {@code DownloaderAsync.java}. */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      sources.put(path.substring(path.lastIndexOf('/') + 1), Compilations.content(file));
    }
    return sources;
  }

  private static void rewrite(Path folder, Map<String, String> generated) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
