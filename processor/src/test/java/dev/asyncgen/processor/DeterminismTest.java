package dev.asyncgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same input gives the same bytes: builds are reproducible and caches stay warm. */
class DeterminismTest {

  @ParameterizedTest
  @MethodSource("dev.asyncgen.processor.GoldenFilesTest#caseNames")
  void twoBuildsWriteByteIdenticalSources(String name) throws IOException {
    List<JavaFileObject> sources = GoldenFilesTest.caseSources(name);
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);

    Map<String, String> first = generate(sources);
    Map<String, String> second = generate(sources);
    Map<String, String> otherOrder = generate(reversed);

    assertEquals(first, second);
    assertEquals(first, otherOrder, "the order javac reads the files in must not matter");
  }

  private static Map<String, String> generate(List<JavaFileObject> sources) {
    Compilation compilation = Compilations.compile(sources.toArray(new JavaFileObject[0]));
    return GoldenFilesTest.generatedSources(compilation);
  }
}
