package dev.asyncgen.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeVariable;

/**
 * A facade, ready to write.
 *
 * @param request where it came from and where it goes
 * @param syncType the synchronous interface as a type, with its own type variables as arguments
 * @param typeVariables the interface's type variables, which the facade declares too
 * @param isPublic whether the facade is public; otherwise package-private, like its interface
 * @param deprecated the interface's {@code @Deprecated}, carried over to the facade
 * @param methods one per abstract or default method, declared or inherited, in source order
 * @param gatherHelpers one per one-parameter method, where a name can be found that clashes with
 *     nothing
 * @param suppressedWarnings lint categories the facade's own declarations would trigger
 * @param shadowedJavaLangNames simple names of {@code java.lang} types that a type of the
 *     facade's package shadows, so that generated code must spell them out in full
 * @param marksGenerated whether the facade carries {@code @javax.annotation.processing.Generated}:
 *     not in a named module that cannot read {@code java.compiler} (see {@link Modules})
 */
public record FacadeDescriptor(
    FacadeRequest request,
    DeclaredType syncType,
    List<TypeVariable> typeVariables,
    boolean isPublic,
    Optional<AnnotationMirror> deprecated,
    List<MethodDescriptor> methods,
    List<GatherHelper> gatherHelpers,
    Set<String> suppressedWarnings,
    Set<String> shadowedJavaLangNames,
    boolean marksGenerated) {}
