package dev.asyncgen.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A stand-in for "any processor that writes these files": for each {@code @Async} interface it
 * writes the facades asyncgen wrote in the first run, verbatim, through the {@code Filer}. It does
 * no modelling and no code generation of its own, so a compilation with it costs what javac
 * charges for processing itself (a second round: parsing the new files, entering every tree
 * again). The gap between it and the floor is javac's; the gap between it and asyncgen is
 * asyncgen's.
 */
final class CopyingProcessor extends AbstractProcessor {

  /** Qualified name of each annotated interface, and the facades written for it: name to source. */
  private final Map<String, List<Map.Entry<String, String>>> facades;

  CopyingProcessor(Map<String, List<Map.Entry<String, String>>> facades) {
    this.facades = facades;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.asyncgen.Async");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) element;
        for (Map.Entry<String, String> facade :
            facades.getOrDefault(type.getQualifiedName().toString(), List.of())) {
          try (Writer out = processingEnv.getFiler().createSourceFile(facade.getKey(), type).openWriter()) {
            out.write(facade.getValue());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return false;
  }
}
