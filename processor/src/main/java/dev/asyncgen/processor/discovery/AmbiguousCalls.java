package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.ResolvedMethod;
import dev.asyncgen.processor.types.NameableTypes;
import dev.asyncgen.processor.types.Supertypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Methods that a call on the interface would reach ambiguously, and how the facade calls them
 * instead. Java forbids what causes it, but class files of other JVM languages have it: Scala's
 * {@code mutable.Buffer} inherits {@code IterableOnceOps} as {@code IterableOnceOps<A, Seq,
 * Seq<A>>} and as {@code IterableOnceOps<A, Buffer, Buffer<A>>}, so that ECJ finds {@code
 * buffer.foreach(f)} ambiguous; {@code Map} inherits {@code newSpecificBuilder()} from two parents
 * with unrelated return types, which javac finds ambiguous. Such a method is called through the
 * interface declaring it, as the annotated one sees it; where Java cannot name that interface
 * either, no Java code can call the method, and the facade leaves it out.
 */
final class AmbiguousCalls {

  private final Types types;
  private final NameableTypes nameable;

  AmbiguousCalls(Types types, NameableTypes nameable) {
    this.types = types;
    this.nameable = nameable;
  }

  /**
   * {@code methods}, each one a call on {@code site} would reach ambiguously given the interface
   * to call it through, or left out; {@code ambiguous} holds those inherited with unrelated
   * return types.
   */
  List<ResolvedMethod> resolve(DeclaredType site, List<ResolvedMethod> methods, Set<ResolvedMethod> ambiguous) {
    Set<Element> inheritedSeveralWays = Supertypes.inheritedWithDifferentArguments(types, site);
    if (inheritedSeveralWays.isEmpty() && ambiguous.isEmpty()) {
      return methods; // every Java-written interface
    }
    List<ResolvedMethod> resolved = new ArrayList<>();
    for (ResolvedMethod method : methods) {
      if (!ambiguous.contains(method) && !declaresLike(inheritedSeveralWays, method)) {
        resolved.add(method);
        continue;
      }
      Element owner = method.element().getEnclosingElement();
      Optional<DeclaredType> through = Supertypes.find(types, site, (TypeElement) owner);
      if (through.isPresent() && nameable.isNameable(through.get())) {
        resolved.add(new ResolvedMethod(method.element(), method.type(), through));
      }
    }
    return List.copyOf(resolved);
  }

  /**
   * Whether one of {@code interfaces} declares a method of {@code method}'s name and arity: one
   * that {@code method} overrides along one path, and that the interface, inherited along another
   * with other type arguments, still offers beside it.
   */
  private static boolean declaresLike(Set<Element> interfaces, ResolvedMethod method) {
    for (Element type : interfaces) {
      for (ExecutableElement other : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (other.getSimpleName().equals(method.element().getSimpleName())
            && other.getParameters().size() == method.element().getParameters().size()) {
          return true;
        }
      }
    }
    return false;
  }
}
