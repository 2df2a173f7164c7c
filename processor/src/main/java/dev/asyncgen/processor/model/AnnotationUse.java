package dev.asyncgen.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Async} or {@code @Async.Of} on an element, read as a mirror: the processor never
 * loads the runtime's classes.
 *
 * @param annotated the interface carrying {@code @Async}, or the type or package carrying {@code
 *     @Async.Of}; problems are reported on it, and it is the generated files' originating element
 * @param annotation the annotation itself
 * @param kind which of the two it is
 * @param index its place among the element's uses, which names it from one round to the next
 */
public record AnnotationUse(Element annotated, AnnotationMirror annotation, Kind kind, int index) {

  /** The annotation types the processor handles. */
  public enum Kind {
    ASYNC("dev.asyncgen.Async"),
    OF("dev.asyncgen.Async.Of");

    private final String qualifiedName;

    Kind(String qualifiedName) {
      this.qualifiedName = qualifiedName;
    }

    public String qualifiedName() {
      return qualifiedName;
    }
  }

  /** The value given for {@code attribute}, or {@code null} if it is left at its default. */
  public AnnotationValue attribute(String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The {@code String} given for {@code attribute}; empty, the default of every {@code String}
   * attribute of both annotations, if none is given or the source gives something else.
   */
  public String stringValue(String attribute) {
    AnnotationValue value = attribute(attribute);
    return value != null && value.getValue() instanceof String text ? text : "";
  }
}
