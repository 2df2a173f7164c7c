package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Spells types for JavaPoet, with some type variables renamed: a super-interface's method {@code
 * <T>} must not be confused with the annotated interface's own {@code T}.
 */
final class TypeNames {

  private final Map<Element, String> renamed;

  private TypeNames(Map<Element, String> renamed) {
    this.renamed = renamed;
  }

  static TypeNames plain() {
    return new TypeNames(Map.of());
  }

  static TypeNames renaming(Map<Element, String> renamed) {
    return new TypeNames(renamed);
  }

  TypeName of(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        return declared((DeclaredType) type);
      case ARRAY:
        return ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
      case TYPEVAR:
        return TypeVariableName.get(name((TypeVariable) type));
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return WildcardTypeName.subtypeOf(of(wildcard.getExtendsBound()));
        }
        if (wildcard.getSuperBound() != null) {
          return WildcardTypeName.supertypeOf(of(wildcard.getSuperBound()));
        }
        return WildcardTypeName.subtypeOf(ClassName.OBJECT);
      default:
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
          return TypeName.get(type);
        }
        throw new IllegalArgumentException("cannot spell the type " + type + " (" + type.getKind() + ")");
    }
  }

  /**
   * {@code Object} as the first of several bounds. It must stay: {@code T extends Object & I}
   * erases to {@code Object}, not {@code I}, which decides the method's erasure and so which
   * overloads may stand beside it. JavaPoet drops {@code ClassName.OBJECT} from any bounds, so it
   * goes in as a name that JavaPoet prints as it is, and that no user type can shadow.
   */
  private static final TypeName OBJECT_BOUND = TypeVariableName.get("java.lang.Object");

  /** A type variable as declared: its name and its bounds. */
  TypeVariableName declaration(TypeVariable variable) {
    List<TypeName> bounds = new ArrayList<>();
    List<? extends TypeMirror> upper = TypeVariables.upperBounds(variable);
    for (TypeMirror bound : upper) {
      if (upper.size() > 1) {
        bounds.add(isObject(bound) ? OBJECT_BOUND : of(bound));
      } else if (!isObject(bound)) {
        bounds.add(of(bound));
      }
    }
    if (!bounds.isEmpty()
        && !bounds.get(0).equals(OBJECT_BOUND)
        && Workarounds.declaresObjectFirst(variable)) {
      bounds.add(0, OBJECT_BOUND);
    }
    return TypeVariableName.get(name(variable), bounds.toArray(new TypeName[0]));
  }

  private String name(TypeVariable variable) {
    String name = renamed.get(variable.asElement());
    return name != null ? name : variable.asElement().getSimpleName().toString();
  }

  private TypeName declared(DeclaredType type) {
    ClassName raw = ClassName.get((TypeElement) type.asElement());
    List<TypeName> arguments = new ArrayList<>();
    for (TypeMirror argument : type.getTypeArguments()) {
      arguments.add(of(argument));
    }
    Optional<DeclaredType> enclosing = Workarounds.enclosingInstanceType(type);
    if (enclosing.isPresent() && !enclosing.get().getTypeArguments().isEmpty()) {
      // An inner class of a parameterized type: Outer<String>.Inner<Integer>.
      TypeName outer = declared(enclosing.get());
      if (outer instanceof ParameterizedTypeName parameterized) {
        return parameterized.nestedClass(raw.simpleName(), arguments);
      }
    }
    return arguments.isEmpty()
        ? raw
        : ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
  }

  private static boolean isObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object");
  }
}
