package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics.Message;
import dev.asyncgen.processor.workarounds.RepeatedAnnotationTrees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The problems found with one annotation's facades: all of them, each on the most specific element. */
public final class ValidationReport {

  private final List<Problem> problems = new ArrayList<>();

  /** A problem on {@code element}, and on the annotation and attribute value where given. */
  record Problem(Message message, Element element, AnnotationMirror annotation, AnnotationValue value) {}

  void add(Message message, Element element) {
    add(message, element, null, null);
  }

  void add(Message message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    problems.add(new Problem(message, element, annotation, value));
  }

  /** Whether nothing stops the facades from being written: notes do not. */
  public boolean isClean() {
    for (Problem problem : problems) {
      if (problem.message().kind() == Diagnostic.Kind.ERROR) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return problems.size();
  }

  public void printTo(Messager messager, RepeatedAnnotationTrees repeated) {
    for (Problem problem : problems) {
      if (repeated.print(problem.message().kind(), problem.message().format(), problem.element(), problem.annotation(), problem.value())) {
        continue;
      }
      messager.printMessage(
          problem.message().kind(),
          problem.message().format(),
          problem.element(),
          problem.annotation(),
          problem.value());
    }
  }
}
