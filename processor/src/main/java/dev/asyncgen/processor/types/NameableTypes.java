package dev.asyncgen.processor.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Whether Java source can name a type as the compiler models it. Types from Java sources and from
 * class files that javac or ECJ wrote always can; class files of other JVM languages hold
 * signatures that no Java source spells, and a facade that repeats them does not compile:
 *
 * <ul>
 *   <li>a member class of an interface that its class file calls inner, with a parameterized
 *       enclosing type: Scala's {@code Iterator<A>.GroupedIterator<B>}. Java makes every member
 *       class of an interface static, so it accepts neither that nor {@code
 *       Iterator.GroupedIterator<B>}, only the raw {@code Iterator.GroupedIterator};
 *   <li>a type argument outside its bound: Scala's {@code SeqFactory<Buffer>}, a higher-kinded
 *       type whose argument erases to a raw {@code Buffer}, where Java wants a subtype of {@code
 *       SeqOps<Object, Seq, Seq<Object>>};
 *   <li>a wildcard standing alone, where no type argument is: Scala's {@code MapView} extends
 *       {@code MapOps<K, V, ?, View<...>>}, which no Java super-interface may, so its inherited
 *       {@code CC mapFromIterable(...)} returns {@code ?}.
 * </ul>
 *
 * <p>For any type of a Java library they answer yes: a Java compiler checked it already.
 */
public final class NameableTypes {

  private final Types types;

  public NameableTypes(Types types) {
    this.types = types;
  }

  /** Whether {@code type}, and every type it is made of, can be written in Java source as it is. */
  public boolean isNameable(TypeMirror type) {
    TypeMirror element = type;
    while (element.getKind() == TypeKind.ARRAY) {
      element = ((ArrayType) element).getComponentType();
    }
    if (element.getKind() == TypeKind.WILDCARD) {
      return false; // a type argument standing alone: what a wildcard in a super-interface becomes
    }
    boolean[] nameable = {true};
    TypeWalk.forEach(
        type,
        part -> {
          if (nameable[0] && part.getKind() == TypeKind.DECLARED && !isWellFormed((DeclaredType) part)) {
            nameable[0] = false;
          }
        });
    return nameable[0];
  }

  /**
   * Whether Java source can declare a type parameter with these bounds, as class files of Scala's
   * collections have some it cannot: each bound nameable, each of its type arguments within its
   * parameter's bounds, and no generic interface inherited along their super-types with different
   * arguments ("cannot be inherited with different arguments": {@code BitSetOps<C extends BitSet &
   * BitSetOps<C>>}, whose parts inherit {@code SortedSetOps} with {@code BitSet} and with {@code
   * C}). A Java compiler checks a declaration's bounds so; it does not check a type merely used.
   */
  public boolean isDeclarableBound(List<? extends TypeMirror> bounds) {
    List<TypeMirror> parameterized = new ArrayList<>();
    for (TypeMirror bound : bounds) {
      if (!isNameable(bound)) {
        return false;
      }
      if (bound.getKind() == TypeKind.DECLARED && !((DeclaredType) bound).getTypeArguments().isEmpty()) {
        parameterized.add(bound); // a raw type's super-types are all raw: none differ
      }
    }
    return Supertypes.inheritedWithDifferentArguments(types, parameterized).isEmpty();
  }

  /**
   * Whether every type argument of {@code type} is within its type parameter's bounds, with the
   * other arguments put in, as javac checks a type it is given: a subtype of each. A raw argument's
   * super-types are all raw, so it is within a bound only if the bound has no type arguments and
   * its erasure is a subtype (asked plainly, ECJ finds a raw type a subtype of any
   * parameterization). Wildcards are left alone.
   */
  private boolean argumentsWithinBounds(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<? extends TypeParameterElement> parameters = element.getTypeParameters();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty() || parameters.size() != arguments.size()) {
      return arguments.isEmpty();
    }
    Map<Element, TypeMirror> substitution = substitution(type, parameters, arguments);
    for (int i = 0; i < arguments.size(); i++) {
      TypeMirror argument = arguments.get(i);
      if (argument.getKind() == TypeKind.WILDCARD) {
        continue;
      }
      for (TypeMirror bound : parameters.get(i).getBounds()) {
        TypeMirror substituted = substitute(bound, substitution);
        if (substituted != null && !isWithin(argument, substituted)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean isWithin(TypeMirror argument, TypeMirror bound) {
    if (!isRawGeneric(argument)) {
      return types.isSubtype(argument, bound);
    }
    return (bound.getKind() != TypeKind.DECLARED || ((DeclaredType) bound).getTypeArguments().isEmpty())
        && types.isSubtype(types.erasure(argument), types.erasure(bound));
  }

  /** {@code type} if Java can name it, else its erasure, which Java always can. */
  public TypeMirror nameable(TypeMirror type) {
    return isNameable(type) ? type : types.erasure(type);
  }

  private boolean isWellFormed(DeclaredType type) {
    if (type.getTypeArguments().isEmpty()) {
      return true;
    }
    TypeElement element = (TypeElement) type.asElement();
    return !isInnerOfInterfaceWithArguments(type, element) && argumentsWithinBounds(type);
  }

  /**
   * A member class of an interface, parameterized, that its class file calls inner, with a
   * parameterized enclosing type in its model: Java accepts only the raw type.
   */
  private static boolean isInnerOfInterfaceWithArguments(DeclaredType type, TypeElement element) {
    return isInterfaceMemberCalledInner(element)
        && type.getEnclosingType().getKind() == TypeKind.DECLARED
        && !((DeclaredType) type.getEnclosingType()).getTypeArguments().isEmpty();
  }

  /**
   * Whether {@code element} is a member class of an interface that its class file does not mark
   * static, as Scala writes a class nested in a trait. Java makes every member of an interface
   * static, and names it only through the raw interface ({@code Fractional.FractionalOps}); javac
   * takes that for a raw type when the interface is generic. (ECJ gives even the static {@code
   * Map.Entry} an enclosing {@code Map<K, V>}; it marks it static, though.)
   */
  public static boolean isInterfaceMemberCalledInner(TypeElement element) {
    Element owner = element.getEnclosingElement();
    return element.getNestingKind() == NestingKind.MEMBER
        && (owner.getKind() == ElementKind.INTERFACE || owner.getKind() == ElementKind.ANNOTATION_TYPE)
        && !element.getModifiers().contains(Modifier.STATIC);
  }

  private static boolean isRawGeneric(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).getTypeArguments().isEmpty()
        && !((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
  }

  /** The type's own type parameters, and its enclosing types', mapped to their arguments. */
  private static Map<Element, TypeMirror> substitution(
      DeclaredType type, List<? extends TypeParameterElement> parameters, List<? extends TypeMirror> arguments) {
    Map<Element, TypeMirror> substitution = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      substitution.put(parameters.get(i), arguments.get(i));
    }
    for (TypeMirror outer = type.getEnclosingType();
        outer.getKind() == TypeKind.DECLARED;
        outer = ((DeclaredType) outer).getEnclosingType()) {
      DeclaredType enclosing = (DeclaredType) outer;
      List<? extends TypeParameterElement> outerParameters =
          ((TypeElement) enclosing.asElement()).getTypeParameters();
      if (outerParameters.size() == enclosing.getTypeArguments().size()) {
        for (int i = 0; i < outerParameters.size(); i++) {
          substitution.putIfAbsent(outerParameters.get(i), enclosing.getTypeArguments().get(i));
        }
      }
    }
    return substitution;
  }

  /**
   * {@code type} with the type variables in {@code substitution} replaced; {@code null} where it
   * cannot be rebuilt (an intersection, say), which the caller takes as within bounds.
   */
  private TypeMirror substitute(TypeMirror type, Map<Element, TypeMirror> substitution) {
    switch (type.getKind()) {
      case TYPEVAR:
        return substitution.getOrDefault(((TypeVariable) type).asElement(), type);
      case ARRAY:
        TypeMirror component = substitute(((ArrayType) type).getComponentType(), substitution);
        return component == null ? null : types.getArrayType(component);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        TypeMirror extendsBound = wildcard.getExtendsBound();
        TypeMirror superBound = wildcard.getSuperBound();
        TypeMirror newExtends = extendsBound == null ? null : substitute(extendsBound, substitution);
        TypeMirror newSuper = superBound == null ? null : substitute(superBound, substitution);
        if ((extendsBound != null && newExtends == null) || (superBound != null && newSuper == null)) {
          return null;
        }
        return types.getWildcardType(newExtends, newSuper);
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        if (declared.getTypeArguments().isEmpty()) {
          return declared;
        }
        TypeMirror[] arguments = new TypeMirror[declared.getTypeArguments().size()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = substitute(declared.getTypeArguments().get(i), substitution);
          if (arguments[i] == null) {
            return null;
          }
        }
        try {
          return types.getDeclaredType((TypeElement) declared.asElement(), arguments);
        } catch (IllegalArgumentException e) {
          return null; // an inner class of a parameterized type: leave it to the compiler
        }
      default:
        return type.getKind().isPrimitive() ? type : null;
    }
  }
}
