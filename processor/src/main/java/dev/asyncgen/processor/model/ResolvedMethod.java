package dev.asyncgen.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * A method the facade wraps, resolved once against the annotated interface: every later pass
 * reads {@link #type()} instead of calling {@code Types.asMemberOf} again.
 *
 * @param element the method as declared, perhaps in a super-interface
 * @param type its type as a member of the annotated interface, with the type arguments of generic
 *     super-interfaces substituted: {@code save(User)} for {@code Repository<T>.save(T)} seen from
 *     {@code UserRepository extends Repository<User>}
 */
public record ResolvedMethod(ExecutableElement element, ExecutableType type) {

  public String name() {
    return element.getSimpleName().toString();
  }
}
