package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The README's Quick start, as a reader pastes it: the files it shows (blocks marked
 * {@code <!-- quickstart-file: PATH -->}), the command that runs them ({@code quickstart-run}), the
 * output it shows ({@code quickstart-output}), the tour's lines added to {@code main}
 * ({@code quickstart-snippet: Main.java}); the generated signatures the facades page shows
 * ({@code quickstart-generated}) and the Gradle build the FAQ holds ({@code quickstart-gradle}).
 * The documentation is the fixture: nothing here repeats it.
 */
final class QuickStart {

  /** Where the Gradle build is, beside the Quick start's sources. */
  private static final String GRADLE_PAGE = "docs/faq.md";
  /** Where the generated facade of the Quick start's interface is shown. */
  private static final String FACADES_PAGE = "docs/facades.md";

  private final Markdown readme;

  private QuickStart(Markdown readme) {
    this.readme = readme;
  }

  static QuickStart fromReadme() {
    return new QuickStart(Repository.readme());
  }

  /** The files of the Quick start, by path in the project. */
  List<Markdown.Block> files() {
    List<Markdown.Block> files = readme.blocks("quickstart-file");
    assertFalse(files.isEmpty(), "the README marks no <!-- quickstart-file: PATH --> blocks");
    return files;
  }

  Markdown.Block file(String path) {
    return files().stream()
        .filter(file -> file.argument().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the Quick start has no file " + path));
  }

  /** The pom.xml snippet. */
  String pom() {
    return file("pom.xml").text();
  }

  /** The Gradle build script snippet. */
  String gradle() {
    return Markdown.read(Repository.file(GRADLE_PAGE)).block("quickstart-gradle").text();
  }

  /** All of the page that holds the Gradle build, for the sentences around it. */
  String gradlePageText() throws IOException {
    return Files.readString(Repository.file(GRADLE_PAGE), StandardCharsets.UTF_8);
  }

  /** The arguments of the command that runs it, after {@code mvn}. */
  List<String> mavenArguments() {
    List<String> lines = readme.block("quickstart-run").lines().stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
    assertEquals(1, lines.size(), "the Quick start's run block should hold one command: " + lines);
    List<String> words = Arrays.asList(lines.get(0).split("\\s+"));
    assertEquals("mvn", words.get(0), "the Quick start's command");
    return words.subList(1, words.size());
  }

  /** Each line of the output shown, as a pattern: durations match any duration. */
  List<Pattern> expectedOutput() {
    return ReaderBuild.shownOutput(readme.block("quickstart-output"));
  }

  /** The generated file whose signatures the facades page shows, by name, and the lines it shows. */
  Markdown.Block generated() {
    return Markdown.read(Repository.file(FACADES_PAGE)).block("quickstart-generated");
  }

  /**
   * Writes the Quick start's files into the empty folder {@code project}; with
   * {@code withTour}, the tour's lines are added to the end of {@code main} and their imports to
   * the file's.
   */
  void writeTo(Path project, boolean withTour) throws IOException {
    for (Markdown.Block file : files()) {
      String text = file.text();
      if (withTour) {
        for (Markdown.Block snippet : readme.blocks("quickstart-snippet")) {
          if (file.argument().endsWith("/" + snippet.argument())) {
            text = withSnippet(text, snippet.lines());
          }
        }
      }
      Path target = project.resolve(file.argument());
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }

  /** The tour's blocks for {@code main}: they must each name a file of the Quick start. */
  List<Markdown.Block> tourSnippets() {
    return readme.blocks("quickstart-snippet");
  }

  private static String withSnippet(String source, List<String> snippet) {
    List<String> imports = snippet.stream().filter(line -> line.startsWith("import ")).toList();
    List<String> statements = snippet.stream().filter(line -> !line.startsWith("import ")).toList();
    List<String> lines = new ArrayList<>(source.lines().toList());
    int lastImport = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ")) {
        lastImport = i;
      }
    }
    lines.addAll(lastImport + 1, imports);
    // The class ends with the closing brace of main, then its own.
    int endOfMain = lines.lastIndexOf("  }");
    if (endOfMain < 0) {
      throw new AssertionError("no end of main (a line \"  }\") in\n" + source);
    }
    for (String statement : statements) {
      lines.add(endOfMain++, statement.isEmpty() ? "" : "    " + statement);
    }
    return String.join("\n", lines) + "\n";
  }
}
