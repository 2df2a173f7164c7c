package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * CI starts with the README's two commands, exactly as written there, in a fresh clone with an
 * empty local Maven repository: what a newcomer types is what CI proves.
 */
class CiRunTest {

  @Test
  void ciRunsTheReadmesTwoCommandsFirstInAFreshCloneWithAnEmptyRepository() throws IOException {
    List<String> script = Files.readAllLines(Repository.file(".ci/run"), StandardCharsets.UTF_8)
        .stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
    List<Integer> builds = indexesOf(script, "mvn ");
    assertTrue(builds.size() >= 2, ".ci/run should run at least two mvn commands: " + script);

    Markdown readme = Repository.readme();
    assertEquals(
        List.of(command(readme, "sample"), command(readme, "tests")),
        List.of(script.get(builds.get(0)), script.get(builds.get(1))),
        "the first two mvn commands of .ci/run against the README's");

    int clone = indexOf(script, "git clone ");
    int emptyRepository = indexOf(script, "export MAVEN_OPTS=");
    assertTrue(clone >= 0 && clone < builds.get(0), ".ci/run should clone before it builds");
    assertTrue(emptyRepository > clone && emptyRepository < builds.get(0)
            && script.get(emptyRepository).contains("-Dmaven.repo.local="),
        ".ci/run should point Maven at a new local repository before it builds");
  }

  private static String command(Markdown readme, String name) {
    List<Markdown.Block> blocks = readme.blocks("build-command").stream()
        .filter(block -> block.argument().equals(name))
        .toList();
    assertEquals(1, blocks.size(), "README blocks marked <!-- build-command: " + name + " -->");
    List<String> commands = blocks.get(0).lines().stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
    assertEquals(1, commands.size(), "one command in the README's " + name + " block: " + commands);
    return commands.get(0);
  }

  private static List<Integer> indexesOf(List<String> lines, String prefix) {
    return IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).startsWith(prefix))
        .boxed()
        .toList();
  }

  private static int indexOf(List<String> lines, String prefix) {
    List<Integer> indexes = indexesOf(lines, prefix);
    return indexes.isEmpty() ? -1 : indexes.get(0);
  }
}
