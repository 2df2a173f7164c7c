package dev.asyncgen.processor.model;

import dev.asyncgen.processor.types.Supertypes;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Warnings javac gives the facade's own call of a sync method, {@code this.delegate.m(…)}, which
 * the facade method suppresses: they belong to the sync interface, and a direct call would draw
 * them too.
 */
final class DelegateCallWarnings {

  private final Types types;

  DelegateCallWarnings(Types types) {
    this.types = types;
  }

  /** The lint categories to suppress on the facade method that calls {@code method} on {@code site}. */
  Set<String> of(DeclaredType site, ExecutableElement method) {
    Set<String> warnings = new TreeSet<>();
    if (isMemberOfRawType(site, method)) {
      warnings.add("unchecked");
    }
    if (isRestricted(method)) {
      // JDK 22+: the FFM API's restricted methods (Linker.downcallHandle…) warn at each call under
      // -Xlint:restricted. The JVM still checks native access when the call runs, as for a direct
      // call. Older javac ignores the unknown key.
      warnings.add("restricted");
    }
    return warnings;
  }

  /**
   * Whether javac warns "unchecked call … as a member of the raw type": {@code method} is
   * inherited through a raw super-interface (as {@code java.beans.beancontext.BeanContext extends
   * Collection}) and erasing it changes its parameter types.
   */
  private boolean isMemberOfRawType(DeclaredType site, ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (owner.getTypeParameters().isEmpty()) {
      return false;
    }
    Optional<DeclaredType> inherited = Supertypes.find(types, site, owner);
    if (inherited.isEmpty() || !inherited.get().getTypeArguments().isEmpty()) {
      return false;
    }
    for (TypeMirror parameter : ((ExecutableType) method.asType()).getParameterTypes()) {
      if (!types.isSameType(parameter, types.erasure(parameter))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRestricted(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals("jdk.internal.javac.Restricted")) {
        return true;
      }
    }
    return false;
  }
}
