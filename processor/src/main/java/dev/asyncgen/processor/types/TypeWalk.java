package dev.asyncgen.processor.types;

import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/** Visits a type and every type it is made of. */
public final class TypeWalk {

  private TypeWalk() {}

  /**
   * Calls {@code visitor} on {@code type} and, recursively, on its type arguments, enclosing
   * types, array components, wildcard bounds and the bounds of its type variables (each type
   * variable once, so recursive bounds like {@code K extends Comparable<K>} end).
   */
  public static void forEach(TypeMirror type, Consumer<TypeMirror> visitor) {
    walk(type, visitor, new HashSet<>());
  }

  private static void walk(TypeMirror type, Consumer<TypeMirror> visitor, Set<Element> seen) {
    if (type == null) {
      return;
    }
    visitor.accept(type);
    switch (type.getKind()) {
      case DECLARED, ERROR -> {
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          walk(argument, visitor, seen);
        }
        Workarounds.enclosingInstanceType(declared)
            .ifPresent(enclosing -> walk(enclosing, visitor, seen));
      }
      case ARRAY -> walk(((ArrayType) type).getComponentType(), visitor, seen);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        walk(wildcard.getExtendsBound(), visitor, seen);
        walk(wildcard.getSuperBound(), visitor, seen);
      }
      case TYPEVAR -> {
        TypeVariable variable = (TypeVariable) type;
        if (seen.add(variable.asElement())) {
          for (TypeMirror bound : TypeVariables.upperBounds(variable)) {
            walk(bound, visitor, seen);
          }
          TypeMirror lower = variable.getLowerBound();
          if (lower.getKind() != TypeKind.NULL && lower.getKind() != TypeKind.NONE) {
            walk(lower, visitor, seen);
          }
        }
      }
      case INTERSECTION -> {
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          walk(bound, visitor, seen);
        }
      }
      default -> {
        // primitives, void, null: nothing inside
      }
    }
  }
}
