package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every relative link in the documentation leads to a file that exists, and to a heading in it. */
class LinksTest {

  /** The documentation: the top-level Markdown files, docs/ and the sample's README. */
  static Stream<Path> documents() throws IOException {
    Path root = Repository.root();
    List<Path> documents = new ArrayList<>();
    for (String folder : List.of("", "docs", "sample")) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
      }
    }
    return documents.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyRelativeLinkAndAnchorResolves(Path document) {
    Markdown markdown = Markdown.read(document);
    List<String> broken = new ArrayList<>();
    for (String link : markdown.links()) {
      if (link.matches("[a-zA-Z][a-zA-Z+.-]*:.*")) {
        continue; // https:, mailto:: checked by no test here, the machine has no internet
      }
      String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
      String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
      Path target = path.isEmpty()
          ? document
          : document.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
      if (!target.startsWith(Repository.root()) || !Files.exists(target)) {
        broken.add(link + " (no such file)");
      } else if (!anchor.isEmpty()
          && !(target.toString().endsWith(".md") && Markdown.read(target).anchors().contains(anchor))) {
        broken.add(link + " (no such heading)");
      }
    }
    assertEquals(List.of(), broken, "broken links in " + Repository.root().relativize(document));
  }

  @Test
  void theDocumentationIsFound() throws IOException {
    List<String> names = documents().map(file -> Repository.root().relativize(file).toString()).toList();
    for (String expected : List.of("README.md", "CONTRIBUTING.md", "docs/faq.md", "sample/README.md")) {
      assertTrue(names.contains(expected), expected + " is missing from " + names);
    }
  }

  @Test
  void headingsGetTheAnchorsGitHubGivesThem() {
    Markdown markdown = Markdown.of(Path.of("x.md"), String.join("\n",
        "# Modules (JPMS)?",
        "## Why is there no `FooAsync`?",
        "## Interfaces you don't own",
        "```",
        "# not a heading",
        "```",
        "## Gather and await",
        "### Gather and await",
        "## See [the FAQ](faq.md)"));
    assertEquals(
        List.of("modules-jpms", "why-is-there-no-fooasync", "interfaces-you-dont-own",
            "gather-and-await", "gather-and-await-1", "see-the-faq"),
        List.copyOf(markdown.anchors()));
  }

  @Test
  void linksInCodeAreNotLinks() {
    Markdown markdown = Markdown.of(Path.of("x.md"), String.join("\n",
        "See [options](options.md#executors) and `[not](a-link.md)`.",
        "",
        "```java",
        "list.get(0)](nothing.md)",
        "```",
        "",
        "    [indented](code.md)",
        ""));
    assertEquals(List.of("options.md#executors"), markdown.links());
  }
}
