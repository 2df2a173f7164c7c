package dev.asyncgen.processor.types;

import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.List;
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
   * {@code User}), where the compiler reports it.
   */
  public static List<? extends TypeMirror> upperBounds(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      return ((IntersectionType) upper).getBounds();
    }
    return Workarounds.boundsOfSelfBoundedVariable(variable).orElse(List.of(upper));
  }
}
