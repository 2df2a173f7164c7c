package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.types.TypeWalk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the types an interface mentions that do not exist (yet): in its super-interfaces, type
 * parameter bounds and method signatures, its own and inherited. Another processor may generate
 * them in a later round.
 */
public final class UnresolvedTypes {

  private UnresolvedTypes() {}

  /** The unresolved types' names as written, in order of appearance; empty if there are none. */
  public static List<String> in(TypeElement iface) {
    Set<String> unresolved = new LinkedHashSet<>();
    collect(iface, new LinkedHashSet<>(), unresolved);
    return new ArrayList<>(unresolved);
  }

  private static void collect(TypeElement type, Set<TypeElement> visited, Set<String> unresolved) {
    if (!visited.add(type)) {
      return;
    }
    List<TypeMirror> mentioned = new ArrayList<>();
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      mentioned.addAll(parameter.getBounds());
    }
    mentioned.addAll(type.getInterfaces());
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      mentioned.add(method.getReturnType());
      for (VariableElement parameter : method.getParameters()) {
        mentioned.add(parameter.asType());
      }
      for (TypeParameterElement parameter : method.getTypeParameters()) {
        mentioned.addAll(parameter.getBounds());
      }
      mentioned.addAll(method.getThrownTypes());
    }
    for (TypeMirror mirror : mentioned) {
      TypeWalk.forEach(
          mirror,
          part -> {
            if (part.getKind() == TypeKind.ERROR) {
              unresolved.add(part.toString());
            }
          });
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) parent).asElement(), visited, unresolved);
      }
    }
  }
}
