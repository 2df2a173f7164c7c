package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.discovery.FacadeNames;
import dev.asyncgen.processor.model.AnnotationUse;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Warns about an interface that carries another library's {@code @Async} where asyncgen's was
 * meant: an IDE's auto-import picks Spring's in any Spring Boot application, and then no facade
 * appears, with nothing to say why. The processor claims those annotation types too, so javac
 * shows it the few elements that carry them; nothing else is read. Spring's own uses, on classes
 * and methods, are left alone, and so is an interface that carries both. A deliberate one is
 * silenced by {@code @SuppressWarnings("asyncgen:foreign-async")} (or {@code "asyncgen"}) on the
 * interface or a type enclosing it.
 */
public final class ForeignAsync {

  /** Annotations named {@code Async} that may sit on an interface. */
  public static final List<String> ANNOTATIONS = List.of("org.springframework.scheduling.annotation.Async");

  private static final Set<String> SUPPRESSIONS =
      Set.of(Diagnostics.tagOf(Diagnostics.ForeignAsync.class).replaceAll("[\\[\\]]", ""), "asyncgen");

  private ForeignAsync() {}

  /** Warns about each interface in this round that carries one of {@link #ANNOTATIONS}. */
  public static void check(Set<? extends TypeElement> annotations, RoundEnvironment round, Messager messager) {
    for (TypeElement annotation : annotations) {
      if (!ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.INTERFACE && !hasAsyncgen(element) && !isSuppressed(element)) {
          TypeElement iface = (TypeElement) element;
          Diagnostics.ForeignAsync message =
              new Diagnostics.ForeignAsync(
                  iface, annotation.getQualifiedName().toString(), FacadeNames.of(iface, ""));
          messager.printMessage(message.kind(), message.format(), element, mirrorOf(element, annotation));
        }
      }
    }
  }

  private static boolean hasAsyncgen(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(AnnotationUse.Kind.ASYNC.qualifiedName())) {
        return true;
      }
    }
    return false;
  }

  /** {@code @SuppressWarnings("asyncgen:foreign-async")} on the element or a type enclosing it. */
  private static boolean isSuppressed(Element element) {
    for (Element e = element; e != null && (e.getKind().isClass() || e.getKind().isInterface()); e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null) {
        for (String warning : suppressed.value()) {
          if (SUPPRESSIONS.contains(warning)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static AnnotationMirror mirrorOf(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }
}
