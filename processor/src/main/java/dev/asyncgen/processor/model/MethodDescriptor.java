package dev.asyncgen.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * One facade method: the sync method as a member of the annotated interface, with the type
 * variables of generic super-interfaces substituted.
 *
 * @param syncMethod the sync method, as declared (perhaps in a super-interface)
 * @param linkType the interface the Javadoc link names it through: the one declaring it, or the
 *     annotated one where the facade's package cannot name that
 * @param typeVariables the method's own type variables
 * @param typeVariableNames how to spell type variables whose names would clash with the
 *     interface's own, e.g. a super-interface's method {@code <T>} under an interface {@code <T>}
 * @param parameters in order
 * @param varargs whether the last parameter is varargs
 * @param kind how the sync result becomes the future's
 * @param resultType the future's type argument: the boxed sync result, {@code Void}, or the
 *     result of the {@code CompletionStage} the sync method returns
 * @param deprecated the sync method's {@code @Deprecated}, carried over
 * @param suppressedWarnings lint categories its declaration would otherwise trigger
 * @param callThrough the interface to call the sync method through, where calling it on the
 *     delegate would be ambiguous: the interface declaring it, which the annotated one inherits
 *     along several paths with different type arguments (see {@link
 *     dev.asyncgen.processor.types.Supertypes#inheritedWithDifferentArguments})
 */
public record MethodDescriptor(
    ExecutableElement syncMethod,
    DeclaredType linkType,
    List<TypeVariable> typeVariables,
    Map<Element, String> typeVariableNames,
    List<Parameter> parameters,
    boolean varargs,
    CallKind kind,
    TypeMirror resultType,
    Optional<AnnotationMirror> deprecated,
    Set<String> suppressedWarnings,
    Optional<DeclaredType> callThrough) {

  public String name() {
    return syncMethod.getSimpleName().toString();
  }

  /** A parameter of a facade method. */
  public record Parameter(String name, TypeMirror type) {}

  /** How a sync result becomes the facade's future. */
  public enum CallKind {
    /** The sync method returns a value: the future completes with it. */
    VALUE,
    /** The sync method returns {@code void}: the future completes with {@code null}. */
    VOID,
    /** The sync method returns a {@code CompletionStage}: the future completes as it does. */
    STAGE
  }
}
