package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.discovery.DurationText;
import dev.asyncgen.processor.discovery.FacadeDiscovery;
import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.DiscoveredUse;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.types.Accessibility;
import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The annotation's attributes, and whether each interface it names can have a facade. */
final class AnnotationChecks {

  private final Elements elements;

  AnnotationChecks(Elements elements) {
    this.elements = elements;
  }

  /** {@code timeout}, and for {@code @Async.Of} what it lists and the {@code name} beside it. */
  void checkAttributes(DiscoveredUse discovered, ValidationReport report) {
    AnnotationUse use = discovered.use();
    AnnotationValue timeout = use.attribute("timeout");
    if (timeout != null && timeout.getValue() instanceof String text && !text.isEmpty()
        && DurationText.parse(text).isEmpty()) {
      report.add(invalidTimeout(text), use.annotated(), use.annotation(), timeout);
    }
    if (use.kind() != AnnotationUse.Kind.OF) {
      return;
    }
    int listed = FacadeDiscovery.listedInterfaces(use).size();
    if (listed == 0) {
      report.add(new Diagnostics.OfEmpty(), use.annotated(), use.annotation(), use.attribute("value"));
      return;
    }
    String name = use.stringValue("name");
    if (!name.isEmpty() && listed > 1) {
      report.add(
          new Diagnostics.OfNameWithSeveral(name, listed),
          use.annotated(), use.annotation(), use.attribute("name"));
    }
    for (AnnotationValue nonType : discovered.nonTypeListings()) {
      TypeMirror type = (TypeMirror) nonType.getValue();
      report.add(
          new Diagnostics.OfNotInterface(type.toString(), describe(type)),
          use.annotated(), use.annotation(), nonType);
    }
  }

  /** Why {@code text} is no timeout, with what it seems to mean in both formats asyncgen reads. */
  private static Diagnostics.InvalidTimeout invalidTimeout(String text) {
    if (DurationText.read(text).isPresent()) {
      return new Diagnostics.InvalidTimeout(text, true, Optional.empty(), Optional.empty());
    }
    Optional<Duration> meant = DurationText.guess(text);
    return new Diagnostics.InvalidTimeout(
        text, false, meant.flatMap(DurationText::shortForm), meant.map(Duration::toString));
  }

  /** Whether the request names an interface its facade can reach; if not, says why. */
  boolean checkTarget(FacadeRequest request, ValidationReport report) {
    int before = report.size();
    if (request.use().kind() == AnnotationUse.Kind.ASYNC) {
      checkAnnotatedInterface(request, report);
    } else {
      checkListedInterface(request, report);
    }
    return report.size() == before;
  }

  private static void checkAnnotatedInterface(FacadeRequest request, ValidationReport report) {
    TypeElement iface = request.syncInterface();
    if (!request.isInterface()) {
      report.add(
          new Diagnostics.NotInterface(iface, Diagnostics.describe(iface)),
          iface, request.annotation(), null);
      return;
    }
    for (Element e = iface; e.getKind().isClass() || e.getKind().isInterface(); e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        String what = e == iface ? "it" : "the enclosing " + e;
        report.add(new Diagnostics.PrivateInterface(iface, what), iface, request.annotation(), null);
        return;
      }
    }
  }

  private void checkListedInterface(FacadeRequest request, ValidationReport report) {
    TypeElement listed = request.syncInterface();
    if (!request.isInterface()) {
      report.add(
          new Diagnostics.OfNotInterface(listed.getQualifiedName().toString(), Diagnostics.describe(listed)),
          request.annotated(), request.annotation(), request.listedAs());
      return;
    }
    Optional<String> why = Accessibility.whyInaccessible(listed, request.packageName(), elements);
    if (why.isPresent()) {
      report.add(
          new Diagnostics.OfInaccessible(listed, displayed(request.packageName()), why.get()),
          request.annotated(), request.annotation(), request.listedAs());
    }
  }

  /** A package's name as messages show it. */
  static String displayed(String packageName) {
    return packageName.isEmpty() ? "(unnamed)" : packageName;
  }

  private static String describe(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return "a primitive type";
    }
    return type.getKind() == TypeKind.ARRAY ? "an array type" : "not a class or interface";
  }
}
