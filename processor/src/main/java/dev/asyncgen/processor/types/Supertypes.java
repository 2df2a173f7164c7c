package dev.asyncgen.processor.types;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Finds a super-type as a subtype sees it, with its type arguments substituted (or raw). */
public final class Supertypes {

  private Supertypes() {}

  /**
   * {@code type}'s super-type (or itself) whose element is {@code owner}, as seen from {@code
   * type}: {@code CompletionStage<String>} for {@code CompletableFuture<String>}, a raw {@code
   * Collection} for an interface that extends it raw. Each type is visited once, so diamonds cost
   * no more than chains.
   */
  public static Optional<DeclaredType> find(Types types, TypeMirror type, TypeElement owner) {
    return find(types, type, owner, new HashSet<>());
  }

  private static Optional<DeclaredType> find(
      Types types, TypeMirror type, TypeElement owner, Set<Element> visited) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().equals(owner)) {
      return Optional.of(declared);
    }
    if (!visited.add(declared.asElement())) {
      return Optional.empty();
    }
    for (TypeMirror parent : types.directSupertypes(declared)) {
      Optional<DeclaredType> found = find(types, parent, owner, visited);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The interfaces {@code type} inherits along several paths with different type arguments:
   * {@code IterableOnceOps<A, Seq, Seq<A>>} and {@code IterableOnceOps<A, Buffer, Buffer<A>>} for
   * Scala's {@code mutable.Buffer}. Java forbids that ("cannot be inherited with different
   * arguments"), so no Java-written interface has one; a class file of another JVM language may,
   * and then calls of their methods on {@code type} are ambiguous to the compiler (to ECJ always,
   * to javac where the return types differ).
   */
  public static Set<Element> inheritedWithDifferentArguments(Types types, DeclaredType type) {
    return inheritedWithDifferentArguments(types, types.directSupertypes(type));
  }

  /** As above, for {@code types} and all their super-types together. */
  public static Set<Element> inheritedWithDifferentArguments(
      Types types, List<? extends TypeMirror> roots) {
    Map<Element, TypeMirror> seen = new HashMap<>();
    Set<Element> several = new HashSet<>();
    Deque<TypeMirror> todo = new ArrayDeque<>(roots);
    Set<String> visited = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror parent = todo.pop();
      if (parent.getKind() != TypeKind.DECLARED || !visited.add(parent.toString())) {
        continue;
      }
      Element element = ((DeclaredType) parent).asElement();
      TypeMirror earlier = seen.putIfAbsent(element, parent);
      if (earlier != null && !types.isSameType(earlier, parent)) {
        several.add(element);
      }
      todo.addAll(types.directSupertypes(parent));
    }
    return several;
  }
}
