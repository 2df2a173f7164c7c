package dev.asyncgen.docs;

import static java.util.regex.Pattern.DOTALL;
import static java.util.regex.Pattern.MULTILINE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file of this repository, read the way the tests need it: the code blocks marked with
 * an HTML comment such as {@code <!-- quickstart-file: pom.xml -->} (invisible when rendered), the
 * relative links, and the anchors its headings get on GitHub.
 */
final class Markdown {

  /** A code block after a marker comment: fenced with ``` or indented by four spaces. */
  private static final Pattern MARKED_BLOCK = Pattern.compile(
      "^<!-- ([\\w-]+)(?::[ \\t]*(\\S+))? -->\\n(?:```[\\w-]*\\n(.*?)^```$|((?:^ {4}[^\\n]*\\n?)+))",
      MULTILINE | DOTALL);
  private static final Pattern FENCED_BLOCK = Pattern.compile("^```.*?^```$", MULTILINE | DOTALL);
  private static final Pattern INDENTED_BLOCK = Pattern.compile("(?:^\\n)((?:^ {4}[^\\n]*\\n?)+)", MULTILINE);
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+(.+?)[ \\t#]*$", MULTILINE);

  /** A marked code block: the marker's name, its argument (or empty) and the block's text. */
  record Block(String marker, String argument, String text) {

    /** The lines of the block; an indented block's lines without their four spaces. */
    List<String> lines() {
      return text.lines().toList();
    }
  }

  private final Path file;
  private final String text;

  private Markdown(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** {@code text} as if read from {@code file}. */
  static Markdown of(Path file, String text) {
    return new Markdown(file, text);
  }

  static Markdown read(Path file) {
    try {
      return of(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file() {
    return file;
  }

  /** The blocks marked {@code marker}, in the order of the file. */
  List<Block> blocks(String marker) {
    List<Block> blocks = new ArrayList<>();
    Matcher block = MARKED_BLOCK.matcher(text);
    while (block.find()) {
      if (block.group(1).equals(marker)) {
        String argument = block.group(2) == null ? "" : block.group(2);
        String body = block.group(3) != null
            ? block.group(3)
            : block.group(4).replaceAll("(?m)^ {4}", "");
        blocks.add(new Block(marker, argument, body));
      }
    }
    return blocks;
  }

  /** The one block marked {@code marker}; fails if there is none or more than one. */
  Block block(String marker) {
    List<Block> blocks = blocks(marker);
    if (blocks.size() != 1) {
      throw new AssertionError(
          file + " should have exactly one block marked <!-- " + marker + " -->, has " + blocks.size());
    }
    return blocks.get(0);
  }

  /** The targets of the inline links outside code, as written: {@code docs/faq.md#which-jdks}. */
  List<String> links() {
    String prose = CODE_SPAN.matcher(withoutCodeBlocks()).replaceAll("");
    List<String> links = new ArrayList<>();
    Matcher link = LINK.matcher(prose);
    while (link.find()) {
      links.add(link.group(1));
    }
    return links;
  }

  /**
   * The anchors GitHub gives the headings: lower case, punctuation other than {@code -} and
   * {@code _} dropped, spaces turned into {@code -}, and {@code -1}, {@code -2}… added to repeats.
   */
  Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(withoutCodeBlocks());
    while (heading.find()) {
      String slug = heading.group(1)
          .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
          .replace(' ', '-');
      int repeats = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
    }
    return anchors;
  }

  private String withoutCodeBlocks() {
    String withoutFenced = FENCED_BLOCK.matcher(text).replaceAll("");
    return INDENTED_BLOCK.matcher(withoutFenced).replaceAll("\n");
  }
}
