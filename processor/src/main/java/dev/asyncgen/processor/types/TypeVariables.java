package dev.asyncgen.processor.types;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/** Reads type variables' bounds the same way under every compiler. */
public final class TypeVariables {

  private TypeVariables() {}

  /**
   * The upper bounds of {@code variable}: one type, or the parts of an intersection such as {@code
   * Number & Comparable<N>}. Prefers the variable's own upper bound, which carries substitutions
   * (a super-interface's {@code <S extends T>} seen from {@code Repository<User>} is bounded by
   * {@code User}); Eclipse's compiler reports a class-and-interface intersection as the variable
   * itself, so then the declared bounds are read instead.
   */
  public static List<? extends TypeMirror> upperBounds(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      return ((IntersectionType) upper).getBounds();
    }
    if (upper.getKind() == TypeKind.TYPEVAR
        && ((TypeVariable) upper).asElement().equals(variable.asElement())) {
      Element element = variable.asElement();
      if (element instanceof TypeParameterElement parameter) {
        return parameter.getBounds();
      }
    }
    return List.of(upper);
  }
}
