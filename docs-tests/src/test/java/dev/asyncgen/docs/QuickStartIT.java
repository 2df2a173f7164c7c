package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Quick start, pasted into an empty folder, builds and runs with the README's command
 * and prints what the README shows, on the Maven running this build (3.8 here) and on Maven 3.9,
 * with the JDK running this build (CI runs it on 17 and again on 25).
 *
 * <p>asyncgen's own artifacts come from this build: {@code invoker:install} copies them, with
 * their poms and dependencies, into a throwaway local repository under {@code target/quickstart},
 * which the Quick start's Maven uses as its local repository. Plugins it reads from the local
 * repository of this build (as a remote, so nothing is written there) and then Maven Central.
 */
class QuickStartIT {

  private static final Path DIR = Paths.get(System.getProperty("quickstart.dir"));
  private static final Path SETTINGS = DIR.resolve("settings.xml");
  private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

  private final QuickStart quickStart = QuickStart.fromReadme();

  static Stream<Path> mavens() {
    return Arrays.stream(System.getProperty("quickstart.mavens").split(",")).map(Paths::get);
  }

  @BeforeAll
  static void writeSettings() throws IOException {
    String mirror = Paths.get(System.getProperty("quickstart.mirror")).toUri().toString();
    // A local repository keeps no checksums of some files (Maven checked them when it downloaded
    // them), so none are asked for here.
    String repository = "<id>this-build</id><url>" + mirror + "</url>"
        + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
        + "<snapshots><enabled>false</enabled></snapshots>";
    Files.writeString(SETTINGS, String.join("\n",
        "<settings>",
        "  <localRepository>" + DIR.resolve("repository") + "</localRepository>",
        "  <profiles><profile><id>this-build</id>",
        "    <repositories><repository>" + repository + "</repository></repositories>",
        "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>",
        "  </profile></profiles>",
        "  <activeProfiles><activeProfile>this-build</activeProfile></activeProfiles>",
        "</settings>",
        ""), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "Maven at {0}")
  @MethodSource("mavens")
  void buildsAndRunsAsPasted(Path maven) throws Exception {
    Path project = emptyFolder("as-pasted-" + maven.getFileName());
    quickStart.writeTo(project, false);

    List<String> output = runTheReadmesCommand(maven, project);

    assertOutputIsTheReadmes(output);
    assertGeneratedSignaturesAreTheReadmes(project);
  }

  @Test
  void theTourAddedToMainBuildsAndRunsToo() throws Exception {
    Path project = emptyFolder("with-the-tour");
    quickStart.writeTo(project, true);

    assertOutputIsTheReadmes(runTheReadmesCommand(mavens().findFirst().orElseThrow(), project));
  }

  private List<String> runTheReadmesCommand(Path maven, Path project) throws Exception {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>(windows
        ? List.of("cmd", "/c", maven.resolve("bin/mvn.cmd").toString())
        : List.of("sh", maven.resolve("bin/mvn").toString()));
    command.addAll(List.of("-B", "-s", SETTINGS.toString()));
    command.addAll(quickStart.mavenArguments());

    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    Map<String, String> environment = builder.environment();
    // This build's MAVEN_OPTS may name another local repository (CI's does): the Quick start's
    // Maven gets only what a user's would.
    environment.keySet().removeIf(name -> name.startsWith("MAVEN_"));
    environment.put("MAVEN_SKIP_RC", "true");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    Path stdout = project.resolve("stdout.txt");
    Path stderr = project.resolve("stderr.txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());

    Process process = builder.start();
    boolean exited = process.waitFor(10, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    String seen = "\n" + String.join(" ", command) + "\nstdout:\n" + Files.readString(stdout)
        + "\nstderr:\n" + Files.readString(stderr);
    assertTrue(exited, "the Quick start's build did not end within 10 minutes" + seen);
    assertEquals(0, process.exitValue(), "the Quick start's build failed" + seen);
    return Files.readAllLines(stdout);
  }

  private void assertOutputIsTheReadmes(List<String> output) {
    List<Pattern> expected = quickStart.expectedOutput();
    // Maven 3.8 writes a colour reset even in batch mode; a terminal shows nothing for it.
    List<String> lines = output.stream()
        .map(line -> ANSI_ESCAPE.matcher(line).replaceAll(""))
        .filter(line -> !line.isBlank())
        .toList();
    boolean matches = lines.size() == expected.size();
    for (int i = 0; matches && i < lines.size(); i++) {
      matches = expected.get(i).matcher(lines.get(i)).matches();
    }
    assertTrue(matches, "the Quick start printed\n" + String.join("\n", output)
        + "\nbut the README shows\n" + expected);
  }

  /** Each line of the generated code the tour shows is a line of the generated file. */
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
              "the README shows \"" + signature + "\", but " + generated + " has no such line");
        }
      }
    }
  }

  private static Path emptyFolder(String name) throws IOException {
    Path folder = DIR.resolve("projects").resolve(name);
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      }
    }
    return Files.createDirectories(folder);
  }
}
