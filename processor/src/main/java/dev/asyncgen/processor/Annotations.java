package dev.asyncgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations as mirrors, by name: the processor never loads the runtime's classes, so it
 * works whatever runtime version the user compiles against.
 */
final class Annotations {

  private Annotations() {}

  /** The annotation of type {@code annotationType} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, TypeElement annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotationType)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value of a {@code String} attribute, default included; empty if absent. */
  static String stringValue(AnnotationMirror annotation, String attribute) {
    Object value = value(annotation, attribute);
    return value instanceof String string ? string : "";
  }

  /** The annotations in an annotation-array attribute, e.g. a repeatable's container. */
  static List<AnnotationMirror> nestedAnnotations(AnnotationMirror annotation, String attribute) {
    List<AnnotationMirror> nested = new ArrayList<>();
    if (value(annotation, attribute) instanceof List<?> values) {
      for (Object value : values) {
        if (value instanceof AnnotationValue element
            && element.getValue() instanceof AnnotationMirror mirror) {
          nested.add(mirror);
        }
      }
    }
    return nested;
  }

  /** The value of an attribute, its default if not given, or {@code null}. */
  static Object value(AnnotationMirror annotation, String attribute) {
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue().getValue();
      }
    }
    for (Element member : annotation.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(attribute)
          && method.getDefaultValue() != null) {
        return method.getDefaultValue().getValue();
      }
    }
    return null;
  }
}
