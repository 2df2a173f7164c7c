package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Quick start, pasted into an empty folder, builds and runs with the README's command
 * and prints what the README shows, on the Maven running this build (3.8 here) and on Maven 3.9,
 * with the JDK running this build (CI runs it on 17 and again on 25). {@link ReaderBuild} says
 * where asyncgen's artifacts come from.
 */
class QuickStartIT {

  private final QuickStart quickStart = QuickStart.fromReadme();

  static Stream<Path> mavens() {
    return ReaderBuild.mavens();
  }

  @BeforeAll
  static void writeSettings() throws IOException {
    ReaderBuild.writeSettings();
  }

  @ParameterizedTest(name = "Maven at {0}")
  @MethodSource("mavens")
  void buildsAndRunsAsPasted(Path maven) throws Exception {
    Path project = ReaderBuild.emptyFolder("as-pasted-" + maven.getFileName());
    quickStart.writeTo(project, false);

    List<String> output = ReaderBuild.run(maven, project, quickStart.mavenArguments());

    ReaderBuild.assertPrinted(quickStart.expectedOutput(), output);
    assertGeneratedSignaturesAreTheReadmes(project);
  }

  @Test
  void theTourAddedToMainBuildsAndRunsToo() throws Exception {
    Path project = ReaderBuild.emptyFolder("with-the-tour");
    quickStart.writeTo(project, true);

    List<String> output = ReaderBuild.run(ReaderBuild.thisMaven(), project, quickStart.mavenArguments());

    ReaderBuild.assertPrinted(quickStart.expectedOutput(), output);
  }

  /** Each line of the generated code docs/facades.md shows is a line of the generated file. */
  private void assertGeneratedSignaturesAreTheReadmes(Path project) throws IOException {
    Markdown.Block shown = quickStart.generated();
    try (Stream<Path> files = Files.walk(project.resolve("target/generated-sources/annotations"))) {
      Path generated = files
          .filter(file -> file.getFileName().toString().equals(shown.argument()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("the processor wrote no " + shown.argument()));
      List<String> lines = Files.readAllLines(generated).stream().map(String::strip).toList();
      for (String line : shown.lines()) {
        String signature = line.strip().replace("{ … }", "{");
        if (!signature.isEmpty() && !signature.equals("}")) {
          assertTrue(lines.contains(signature),
              "docs/facades.md shows \"" + signature + "\", but " + generated + " has no such line");
        }
      }
    }
  }
}
