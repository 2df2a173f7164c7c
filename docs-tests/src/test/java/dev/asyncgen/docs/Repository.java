package dev.asyncgen.docs;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where this repository's files are: the build hands the tests its root. */
final class Repository {

  private Repository() {}

  static Path root() {
    String root = System.getProperty("asyncgen.root");
    if (root == null) {
      throw new IllegalStateException(
          "system property asyncgen.root is not set; run the tests through Maven (docs-tests/pom.xml sets it)");
    }
    return Paths.get(root).toAbsolutePath().normalize();
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static Markdown readme() {
    return Markdown.read(file("README.md"));
  }
}
