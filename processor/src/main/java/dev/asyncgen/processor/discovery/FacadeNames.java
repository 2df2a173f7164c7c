package dev.asyncgen.processor.discovery;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Names facades. {@code Foo} gets {@code FooAsync}; a nested {@code Outer.Inner} gets {@code
 * Outer_InnerAsync}, the enclosing names joined by {@code _}, so that two nested {@code Inner}s in
 * one package never collide. An explicit name wins.
 */
public final class FacadeNames {

  private FacadeNames() {}

  public static String of(TypeElement iface, String explicitName) {
    if (!explicitName.isEmpty()) {
      return explicitName;
    }
    StringBuilder name = new StringBuilder(iface.getSimpleName());
    for (Element e = iface.getEnclosingElement();
        e.getKind().isClass() || e.getKind().isInterface();
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.append("Async").toString();
  }
}
