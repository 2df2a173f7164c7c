package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** The problems found with one facade: all of them, each on the most specific element. */
public final class ValidationReport {

  private final List<Problem> problems = new ArrayList<>();

  /** A problem on {@code element}, and on the annotation and attribute value where given. */
  record Problem(
      Diagnostics diagnostic,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  void add(Diagnostics diagnostic, Element element, Object... args) {
    addOn(diagnostic, element, null, null, args);
  }

  void addOn(
      Diagnostics diagnostic,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    problems.add(new Problem(diagnostic, diagnostic.format(args), element, annotation, value));
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  public void printTo(Messager messager) {
    for (Problem problem : problems) {
      messager.printMessage(
          problem.diagnostic().kind(),
          problem.message(),
          problem.element(),
          problem.annotation(),
          problem.value());
    }
  }
}
