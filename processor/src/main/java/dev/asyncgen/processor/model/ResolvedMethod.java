package dev.asyncgen.processor.model;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;

/**
 * A method the facade wraps, resolved once against the annotated interface: every later pass
 * reads {@link #type()} instead of calling {@code Types.asMemberOf} again.
 *
 * @param element the method as declared, perhaps in a super-interface
 * @param type its type as a member of the annotated interface, with the type arguments of generic
 *     super-interfaces substituted: {@code save(User)} for {@code Repository<T>.save(T)} seen from
 *     {@code UserRepository extends Repository<User>}
 * @param callThrough the interface to call it through where a call on the annotated interface
 *     would be ambiguous: the one declaring it, as the annotated interface sees it. Java forbids
 *     what makes such a call ambiguous (inheriting an interface with different type arguments
 *     along two paths, or a method from two parents with unrelated return types); a class file of
 *     another JVM language may have it (Scala's {@code mutable.Buffer}, {@code Map})
 */
public record ResolvedMethod(
    ExecutableElement element, ExecutableType type, Optional<DeclaredType> callThrough) {

  public ResolvedMethod(ExecutableElement element, ExecutableType type) {
    this(element, type, Optional.empty());
  }

  public String name() {
    return element.getSimpleName().toString();
  }
}
