package dev.asyncgen.processor.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/dev.asyncgen.spi.FacadeProvider}: every generated provider of
 * the compilation, one binary name a line, sorted so that the same input gives the same bytes.
 *
 * <p>A compilation of some sources only (an IDE's build after an edit) sees only their providers.
 * So the providers the file in the output folder already lists are kept, as long as their classes
 * still exist: an IDE deletes the classes of a deleted source, and the file loses them too.
 */
public final class RegistryWriter {

  public static final String SERVICES_FILE = "META-INF/services/dev.asyncgen.spi.FacadeProvider";

  private final Filer filer;
  private final Elements elements;

  public RegistryWriter(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /**
   * Writes the file listing {@code providers} and the earlier ones still there; {@code
   * originating} are the providers' elements, for build tools that track outputs. Writes nothing
   * when there is nothing to list.
   */
  public void write(Collection<String> providers, Collection<? extends Element> originating)
      throws IOException {
    Set<String> listed = new TreeSet<>(providers);
    for (String earlier : listedEarlier()) {
      if (elements.getTypeElement(earlier) != null) {
        listed.add(earlier);
      }
    }
    if (listed.isEmpty()) {
      return;
    }
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", SERVICES_FILE, originating.toArray(new Element[0]));
    try (Writer out = file.openWriter()) {
      for (String provider : listed) {
        out.write(provider);
        out.write('\n');
      }
    }
  }

  /** What the file in the output folder lists, from an earlier compilation; empty if none. */
  private Set<String> listedEarlier() {
    Set<String> listed = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", SERVICES_FILE);
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          int comment = line.indexOf('#');
          String name = (comment < 0 ? line : line.substring(0, comment)).trim();
          if (!name.isEmpty()) {
            listed.add(name);
          }
        }
      }
    } catch (IOException | IllegalArgumentException noneYet) {
      // No such file (a clean build), or a file manager that cannot read its output.
    }
    return listed;
  }
}
