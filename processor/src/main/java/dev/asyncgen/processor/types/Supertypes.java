package dev.asyncgen.processor.types;

import java.util.HashSet;
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
}
