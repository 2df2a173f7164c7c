package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.ResolvedMethod;
import dev.asyncgen.processor.types.Erasures;
import dev.asyncgen.processor.types.KnownTypes;
import dev.asyncgen.processor.types.NameableTypes;
import dev.asyncgen.processor.types.Supertypes;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the methods a facade wraps: every abstract or default instance method of an interface,
 * declared or inherited, once each, resolved as a member of that interface.
 *
 * <p>Overridden methods are dropped; the same signature inherited from unrelated parents is kept
 * once, with the most specific return type; methods of {@code Object} are left out even where an
 * interface redeclares them. The order is the interface's own methods in source order, then each
 * super-interface's, depth first in the order of the {@code extends} clause: deterministic, and the
 * order a reader expects.
 */
public final class MethodCollector {

  private final Elements elements;
  private final Types types;
  private final KnownTypes known;
  private final Erasures erasures;
  private final NameableTypes nameable;
  private final AmbiguousCalls ambiguousCalls;
  private List<ExecutableElement> objectMethods;

  public MethodCollector(Elements elements, Types types, KnownTypes known) {
    this.elements = elements;
    this.types = types;
    this.known = known;
    this.erasures = new Erasures(types);
    this.nameable = new NameableTypes(types);
    this.ambiguousCalls = new AmbiguousCalls(types, nameable);
  }

  public List<ResolvedMethod> collect(TypeElement iface) {
    List<ExecutableElement> all = new ArrayList<>();
    addDeclaredAndInherited(iface, new LinkedHashSet<>(), all);

    DeclaredType site = (DeclaredType) iface.asType();
    Map<TypeElement, DeclaredType> declaringTypes = new HashMap<>(); // each super-type found once
    List<ResolvedMethod> live = new ArrayList<>();
    for (ExecutableElement method : all) {
      if (isWrappable(method)
          && isCallableFromJava(method)
          && !isOverridden(method, all)
          && !isObjectMethod(method)) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        DeclaredType declaring =
            declaringTypes.computeIfAbsent(owner, o -> Supertypes.find(types, site, o).orElse(site));
        ExecutableType type = Workarounds.asMemberOf(types, declaring, method);
        if (hasNameableTypeParameters(type) && !hasStrayWildcard(type)) {
          live.add(new ResolvedMethod(method, type));
        }
      }
    }
    Set<ResolvedMethod> ambiguous = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ResolvedMethod> merged = mergeSameSignatures(live, ambiguous);
    return ambiguousCalls.resolve(site, merged, ambiguous);
  }

  private void addDeclaredAndInherited(
      TypeElement type, Set<TypeElement> visited, List<ExecutableElement> into) {
    if (!visited.add(type)) {
      return;
    }
    into.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        addDeclaredAndInherited(
            (TypeElement) ((DeclaredType) parent).asElement(), visited, into);
      }
    }
  }

  private static boolean isWrappable(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE);
  }

  /**
   * Whether Java source can name {@code method}. Class files of other JVM languages hold methods
   * it cannot, e.g. Kotlin's {@code plus-LRDsOJo} for a parameter of an inline class; a facade can
   * no more call them than its users could.
   */
  private static boolean isCallableFromJava(ExecutableElement method) {
    return SourceVersion.isName(method.getSimpleName());
  }

  /**
   * Whether Java source can declare the method's type parameters as the class file bounds them.
   * Other types in a signature Java cannot name are written raw instead (see {@link
   * NameableTypes}); a type parameter's bound cannot be, since the facade's call must pass its
   * type argument on to the sync method, within the sync method's bound.
   */
  private boolean hasNameableTypeParameters(ExecutableType type) {
    for (TypeVariable variable : type.getTypeVariables()) {
      if (!nameable.isDeclarableBound(TypeVariables.upperBounds(variable))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the method's return or parameter type is a wildcard standing alone, as in the methods
   * Scala's {@code MapView} inherits from {@code MapOps<K, V, ?, ...>} (no Java super-interface may
   * have a wildcard argument). No Java code can call it: javac 17 fails on the call with an
   * AssertionError.
   */
  private static boolean hasStrayWildcard(ExecutableType type) {
    List<TypeMirror> signature = new ArrayList<>(type.getParameterTypes());
    signature.add(type.getReturnType());
    for (TypeMirror part : signature) {
      while (part.getKind() == TypeKind.ARRAY) {
        part = ((ArrayType) part).getComponentType();
      }
      if (part.getKind() == TypeKind.WILDCARD) {
        return true;
      }
    }
    return false;
  }

  /** Whether a method of a more derived interface overrides {@code method}. */
  private boolean isOverridden(ExecutableElement method, List<ExecutableElement> all) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    for (ExecutableElement other : all) {
      TypeElement otherOwner = (TypeElement) other.getEnclosingElement();
      if (other != method
          && otherOwner != owner
          && isWrappable(other)
          && other.getSimpleName().equals(method.getSimpleName())
          && types.isSubtype(types.erasure(otherOwner.asType()), types.erasure(owner.asType()))
          && elements.overrides(other, method, otherOwner)) {
        return true;
      }
    }
    return false;
  }

  /** {@code equals}, {@code hashCode}, {@code toString} and the rest, even when redeclared. */
  private boolean isObjectMethod(ExecutableElement method) {
    for (ExecutableElement objectMethod : objectMethods()) {
      if (objectMethod.getSimpleName().equals(method.getSimpleName())
          && erasures.same(
              ((ExecutableType) objectMethod.asType()).getParameterTypes(),
              ((ExecutableType) method.asType()).getParameterTypes())) {
        return true;
      }
    }
    return false;
  }

  private List<ExecutableElement> objectMethods() {
    if (objectMethods == null) {
      objectMethods = ElementFilter.methodsIn(known.jdk("java.lang.Object").getEnclosedElements());
    }
    return objectMethods;
  }

  /**
   * Keeps one method per signature (name and erased parameter types, as members of the
   * interface): the one whose return type is a subtype of all the others', at the place of the
   * first. Types are compared as types, not by their printed names, which carry type annotations:
   * {@code find(@Nullable String)} and {@code find(String)} have one signature.
   */
  private List<ResolvedMethod> mergeSameSignatures(
      List<ResolvedMethod> methods, Set<ResolvedMethod> ambiguous) {
    List<List<ResolvedMethod>> bySignature = new ArrayList<>();
    for (ResolvedMethod method : methods) {
      List<ResolvedMethod> same = null;
      for (List<ResolvedMethod> candidate : bySignature) {
        if (sameSignature(candidate.get(0), method)) {
          same = candidate;
          break;
        }
      }
      if (same == null) {
        same = new ArrayList<>();
        bySignature.add(same);
      }
      same.add(method);
    }
    List<ResolvedMethod> merged = new ArrayList<>();
    for (List<ResolvedMethod> same : bySignature) {
      merged.add(mostSpecific(same, ambiguous));
    }
    return List.copyOf(merged);
  }

  private boolean sameSignature(ResolvedMethod a, ResolvedMethod b) {
    return a.element().getSimpleName().equals(b.element().getSimpleName())
        && erasures.same(a.type().getParameterTypes(), b.type().getParameterTypes());
  }

  /**
   * The method whose return type, as a member of the interface, is a subtype of all the others':
   * {@code List<Integer> numbers()} over {@code List<? extends Number> numbers()}, whichever parent
   * comes first; failing that, the one whose return type is assignable to all the others' (see
   * {@link Comparison}). Return types that cannot be compared in full (generic methods with their
   * own type variables) are compared by erasure. Where there is no such method, Java would have
   * rejected the interface, and a call of the method on it is ambiguous: the one kept goes into
   * {@code ambiguous}.
   */
  private ResolvedMethod mostSpecific(List<ResolvedMethod> same, Set<ResolvedMethod> ambiguous) {
    if (same.size() == 1) {
      return same.get(0);
    }
    boolean generic = false;
    for (ResolvedMethod method : same) {
      generic |= !method.type().getTypeVariables().isEmpty();
    }
    for (Comparison comparison : Comparison.values()) {
      boolean erased = comparison == Comparison.ERASED;
      for (ResolvedMethod candidate : same) {
        boolean specific = true;
        for (ResolvedMethod other : same) {
          specific &= returns(comparison, returnType(candidate, erased), returnType(other, erased));
        }
        if (specific) {
          if (erased && !generic) {
            ambiguous.add(candidate);
          }
          return candidate;
        }
      }
    }
    ambiguous.add(same.get(0));
    return same.get(0);
  }

  /**
   * How return types are compared, in turn: as subtypes; by assignment, which Java also accepts
   * for an inherited method ({@code ArrayList find()} beside {@code List<String> find()}, by
   * unchecked conversion: a call gets the raw {@code ArrayList}); by erasure.
   */
  private enum Comparison {
    SUBTYPE,
    ASSIGNABLE,
    ERASED
  }

  private boolean returns(Comparison comparison, TypeMirror returned, TypeMirror other) {
    if (returned.getKind() == TypeKind.VOID || other.getKind() == TypeKind.VOID) {
      return returned.getKind() == other.getKind();
    }
    if (returned.getKind().isPrimitive() || other.getKind().isPrimitive()) {
      // As javac's return-type-substitutability: no widening (int is a subtype of long) and no
      // boxing (int is assignable to Integer) between returns.
      return types.isSameType(returned, other);
    }
    return comparison == Comparison.ASSIGNABLE
        ? types.isAssignable(returned, other)
        : types.isSubtype(returned, other);
  }

  private TypeMirror returnType(ResolvedMethod method, boolean erased) {
    TypeMirror returned = method.type().getReturnType();
    return erased ? types.erasure(returned) : returned;
  }
}
