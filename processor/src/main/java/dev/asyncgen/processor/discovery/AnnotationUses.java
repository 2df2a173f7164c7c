package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.AnnotationUse.Kind;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Reads the asyncgen annotations on an element. */
public final class AnnotationUses {

  /** The container javac puts repeated {@code @Async.Of}s in. */
  public static final String OF_CONTAINER = "dev.asyncgen.Async.Of.List";

  private AnnotationUses() {}

  /**
   * Every {@code @Async} and {@code @Async.Of} on {@code element}, in the order written, repeated
   * {@code @Async.Of}s taken out of their container.
   */
  public static List<AnnotationUse> on(Element element) {
    List<AnnotationUse> uses = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String type =
          ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(Kind.ASYNC.qualifiedName())) {
        uses.add(new AnnotationUse(element, annotation, Kind.ASYNC, uses.size()));
      } else if (type.equals(Kind.OF.qualifiedName())) {
        uses.add(new AnnotationUse(element, annotation, Kind.OF, uses.size()));
      } else if (type.equals(OF_CONTAINER)) {
        for (AnnotationMirror of : repeated(annotation)) {
          uses.add(new AnnotationUse(element, of, Kind.OF, uses.size()));
        }
      }
    }
    return uses;
  }

  private static List<AnnotationMirror> repeated(AnnotationMirror container) {
    List<AnnotationMirror> repeated = new ArrayList<>();
    for (AnnotationValue value : container.getElementValues().values()) {
      for (AnnotationValue element : Workarounds.arrayElements(value)) {
        if (element.getValue() instanceof AnnotationMirror mirror) {
          repeated.add(mirror);
        }
      }
    }
    return repeated;
  }
}
