package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The README's "With Spring Boot" section and the example in {@code docs/spring-boot.md}, as a Boot
 * user follows them: in an empty Boot application (the one start.spring.io writes, under {@code
 * src/test/resources/empty-boot-project}), the Quick start's compiler plugin (the processor path)
 * goes among the pom's plugins, the README's starter (block {@code boot-dependency}) among its
 * dependencies, and the guide's sources ({@code boot-file: PATH}) beside the Quick start's {@code
 * @Async} interface; the application then prints the lines the guide shows ({@code boot-output})
 * among Spring's log.
 */
final class SpringBootSection {

  /** The Quick start's interface, which the section's bean implements ("the Quick start's Downloader"). */
  static final String QUICK_START_INTERFACE = "src/main/java/com/example/Downloader.java";

  private static final Pattern PLUGIN = Pattern.compile("(?s)[ \\t]*<plugin>.*?</plugin>\\n");

  private final Markdown readme;
  private final Markdown guide;
  private final QuickStart quickStart;

  private SpringBootSection(Markdown readme, Markdown guide, QuickStart quickStart) {
    this.readme = readme;
    this.guide = guide;
    this.quickStart = quickStart;
  }

  static SpringBootSection fromReadme() {
    return new SpringBootSection(
        Repository.readme(),
        Markdown.read(Repository.file("docs/spring-boot.md")),
        QuickStart.fromReadme());
  }

  /** The starter's dependency, as the section shows it. */
  String dependency() {
    return readme.block("boot-dependency").text();
  }

  /** The guide's sources, by path in the project. */
  List<Markdown.Block> files() {
    List<Markdown.Block> files = guide.blocks("boot-file");
    assertFalse(files.isEmpty(), "docs/spring-boot.md marks no <!-- boot-file: PATH --> blocks");
    return files;
  }

  /** The lines the application prints, as patterns. */
  List<Pattern> output() {
    return ReaderBuild.shownOutput(guide.block("boot-output"));
  }

  /** The Quick start pom's {@code maven-compiler-plugin} element, with its processor path. */
  String quickStartCompilerPlugin() {
    Matcher plugin = PLUGIN.matcher(quickStart.pom());
    while (plugin.find()) {
      if (plugin.group().contains("<artifactId>maven-compiler-plugin</artifactId>")) {
        return plugin.group();
      }
    }
    throw new AssertionError("the Quick start's pom has no maven-compiler-plugin");
  }

  /**
   * Writes into the empty folder {@code project} an empty Boot application of {@code bootVersion}
   * with what the section adds to it.
   */
  void writeTo(Path project, String bootVersion) throws IOException {
    String pom = resource("pom.xml").replace("@spring-boot.version@", bootVersion);
    pom = insertBefore(pom, "  </dependencies>", indent(dependency(), "    "));
    pom = insertBefore(pom, "    </plugins>", quickStartCompilerPlugin());
    write(project.resolve("pom.xml"), pom);
    write(project.resolve("src/main/java/com/example/DemoApplication.java"), resource("DemoApplication.java"));
    write(project.resolve(QUICK_START_INTERFACE), quickStart.file(QUICK_START_INTERFACE).text());
    for (Markdown.Block file : files()) {
      Path target = project.resolve(file.argument());
      assertFalse(Files.exists(target), "the Spring Boot guide's " + file.argument()
          + " would replace a file of the empty Boot application or the Quick start");
      write(target, file.text());
    }
  }

  private static String insertBefore(String text, String line, String insert) {
    int at = text.indexOf(line + "\n");
    assertEquals(at, text.lastIndexOf(line + "\n"), "one line \"" + line + "\" in the empty Boot project's pom");
    return text.substring(0, at) + insert + text.substring(at);
  }

  private static String indent(String text, String indent) {
    return text.lines()
        .map(line -> line.isEmpty() ? line : indent + line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String resource(String name) {
    try (InputStream in = SpringBootSection.class.getResourceAsStream("/empty-boot-project/" + name)) {
      if (in == null) {
        throw new AssertionError("no test resource empty-boot-project/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
