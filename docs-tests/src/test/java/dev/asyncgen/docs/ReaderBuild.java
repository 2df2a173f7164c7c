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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds and runs a project the way a reader of the documentation would, in an empty folder under
 * {@code target/quickstart}, with a Maven of this machine and the JDK running this build (CI runs
 * the tests on 17 and again on 25).
 *
 * <p>asyncgen's own artifacts come from this build: {@code invoker:install} copies them, with their
 * poms and dependencies, into a throwaway local repository under {@code target/quickstart}, which
 * the reader's Maven uses as its local repository. What else it needs it reads from the local
 * repository of this build (as a remote, so nothing is written there) and then Maven Central.
 */
final class ReaderBuild {

  private static final Path DIR = Paths.get(System.getProperty("quickstart.dir"));
  private static final Path SETTINGS = DIR.resolve("settings.xml");
  private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");
  /** A number of milliseconds or seconds in shown output: the run's own will differ. */
  private static final Pattern DURATION = Pattern.compile("\\d+(?:\\.\\d+)?(?= m?s\\b)");

  private ReaderBuild() {}

  /** The Maven running this build (3.8 here), then Maven 3.9, unpacked by the build. */
  static Stream<Path> mavens() {
    return Arrays.stream(System.getProperty("quickstart.mavens").split(",")).map(Paths::get);
  }

  /** The Maven running this build. */
  static Path thisMaven() {
    return mavens().findFirst().orElseThrow();
  }

  /** Writes the settings that point the reader's Maven at the throwaway repository. */
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

  /** A new empty folder for one project; what an earlier run left there is deleted. */
  static Path emptyFolder(String name) throws IOException {
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

  /**
   * Runs {@code mvn arguments} in {@code project} with {@code maven}, asserts that it ends well
   * within 10 minutes, and returns what it printed on standard output, colour codes removed.
   */
  static List<String> run(Path maven, Path project, List<String> arguments) throws Exception {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>(windows
        ? List.of("cmd", "/c", maven.resolve("bin/mvn.cmd").toString())
        : List.of("sh", maven.resolve("bin/mvn").toString()));
    command.addAll(List.of("-B", "-s", SETTINGS.toString()));
    command.addAll(arguments);

    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    Map<String, String> environment = builder.environment();
    // This build's MAVEN_OPTS may name another local repository (CI's does): the reader's Maven
    // gets only what a reader's would.
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
    String seen = "\n" + String.join(" ", command) + "\nin " + project + "\nstdout:\n"
        + Files.readString(stdout) + "\nstderr:\n" + Files.readString(stderr);
    assertTrue(exited, "the build did not end within 10 minutes" + seen);
    assertEquals(0, process.exitValue(), "the build failed" + seen);
    // Maven 3.8 writes a colour reset even in batch mode; a terminal shows nothing for it.
    return Files.readAllLines(stdout).stream()
        .map(line -> ANSI_ESCAPE.matcher(line).replaceAll(""))
        .toList();
  }

  /** Each line of output the documentation shows, as a pattern: durations match any duration. */
  static List<Pattern> shownOutput(Markdown.Block shown) {
    List<Pattern> lines = new ArrayList<>();
    for (String line : shown.lines()) {
      StringBuilder pattern = new StringBuilder();
      Matcher duration = DURATION.matcher(line);
      int last = 0;
      while (duration.find()) {
        pattern.append(Pattern.quote(line.substring(last, duration.start()))).append("\\d+(?:\\.\\d+)?");
        last = duration.end();
      }
      pattern.append(Pattern.quote(line.substring(last)));
      lines.add(Pattern.compile(pattern.toString()));
    }
    return lines;
  }

  /** The output, blank lines aside, is exactly the lines shown. */
  static void assertPrinted(List<Pattern> shown, List<String> output) {
    List<String> lines = output.stream().filter(line -> !line.isBlank()).toList();
    boolean matches = lines.size() == shown.size();
    for (int i = 0; matches && i < lines.size(); i++) {
      matches = shown.get(i).matcher(lines.get(i)).matches();
    }
    assertTrue(matches, "the run printed\n" + String.join("\n", output)
        + "\nbut the documentation shows\n" + shown);
  }

  /** The lines shown are lines of the output, in that order, among others (a framework's log). */
  static void assertPrintedAmong(List<Pattern> shown, List<String> output) {
    int next = 0;
    for (String line : output) {
      if (next < shown.size() && shown.get(next).matcher(line).matches()) {
        next++;
      }
    }
    assertTrue(!shown.isEmpty() && next == shown.size(), "the run printed\n" + String.join("\n", output)
        + "\nwithout the lines the documentation shows\n" + shown);
  }
}
