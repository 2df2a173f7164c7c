package dev.asyncgen.processor.model;

import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import dev.asyncgen.processor.types.NameableTypes;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.types.TypeWalk;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * The lint categories javac would raise on the facade's declarations, which the facade
 * suppresses: they belong to the sync interface, which raises them itself where they matter.
 */
final class LintWarnings {

  private final Elements elements;
  private final DelegateCallWarnings delegateCalls;

  LintWarnings(Elements elements, DelegateCallWarnings delegateCalls) {
    this.elements = elements;
    this.delegateCalls = delegateCalls;
  }

  /** Those of the facade types themselves, which name the interface and its type variables. */
  Set<String> ofFacade(
      DeclaredType site, List<TypeVariable> typeVariables, Optional<AnnotationMirror> deprecated) {
    Set<String> suppressed = new TreeSet<>();
    if (deprecated.isPresent() && isForRemoval(deprecated.get())) {
      suppressed.add("removal"); // being deprecated does not silence removal warnings
    }
    // The facade names the interface itself (of's parameter, the delegate field): a deprecated
    // class enclosing it warns there.
    addSignatureWarnings(site, suppressed);
    for (TypeVariable variable : typeVariables) {
      for (TypeMirror bound : TypeVariables.upperBounds(variable)) {
        addSignatureWarnings(bound, suppressed);
      }
    }
    return suppressed;
  }

  /**
   * Those of one facade method, whose signature names {@code parameters} and {@code result}, and
   * whose implementation names the interface it calls through, if any.
   */
  Set<String> ofMethod(
      DeclaredType site,
      ResolvedMethod method,
      List<Parameter> parameters,
      TypeMirror result,
      boolean rawStage,
      Optional<AnnotationMirror> deprecated) {
    Set<String> suppressed = new TreeSet<>();
    method.callThrough().ifPresent(type -> addSignatureWarnings(type, suppressed));
    for (int i = 0; i < parameters.size(); i++) {
      TypeMirror type = parameters.get(i).type();
      addSignatureWarnings(type, suppressed);
      if (type != method.type().getParameterTypes().get(i)) {
        suppressed.add("unchecked"); // written raw: passed on to the sync method unchecked
      }
    }
    addSignatureWarnings(result, suppressed);
    for (TypeVariable variable : method.type().getTypeVariables()) {
      for (TypeMirror bound : TypeVariables.upperBounds(variable)) {
        addSignatureWarnings(bound, suppressed);
      }
    }
    if (rawStage) {
      suppressed.add("unchecked"); // a raw stage passes for CompletionStage<? extends Object>
    }
    ExecutableElement element = method.element();
    if (element.isVarArgs()
        && !isReifiable(((ArrayType) parameters.get(parameters.size() - 1).type()).getComponentType())) {
      suppressed.add("unchecked"); // possible heap pollution, as in the sync method
    }
    suppressed.addAll(delegateCalls.of(site, element));
    if (deprecated.isPresent() && isForRemoval(deprecated.get())) {
      suppressed.add("removal");
    } else if (deprecated.isEmpty() && elements.isDeprecated(element)) {
      // Deprecated by a Javadoc tag only: no annotation to carry over to the facade method, whose
      // call of the sync method would warn.
      suppressed.add("deprecation");
    }
    return suppressed;
  }

  /**
   * The {@code @Deprecated} on {@code element}, to carry over to the facade; empty if it is not
   * deprecated, or deprecated by a Javadoc tag only.
   */
  Optional<AnnotationMirror> deprecation(Element element) {
    if (!elements.isDeprecated(element)) {
      return Optional.empty();
    }
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals("java.lang.Deprecated")) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** Lint categories that naming {@code type} in generated code would trigger. */
  private void addSignatureWarnings(TypeMirror type, Set<String> suppressed) {
    TypeWalk.forEach(
        type,
        part -> {
          if (part.getKind() != TypeKind.DECLARED) {
            return;
          }
          DeclaredType declared = (DeclaredType) part;
          TypeElement element = (TypeElement) declared.asElement();
          if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()
              || NameableTypes.isInterfaceMemberCalledInner(element)
                  && !((TypeElement) element.getEnclosingElement()).getTypeParameters().isEmpty()) {
            suppressed.add("rawtypes");
          }
          // A nested type is named through the types enclosing it (Outer.Nested), and javac
          // warns about each of them that is deprecated.
          for (Element e = element;
              e != null && (e.getKind().isClass() || e.getKind().isInterface());
              e = e.getEnclosingElement()) {
            deprecationWarning(e).ifPresent(suppressed::add);
          }
        });
  }

  /**
   * The lint category that naming or calling {@code element} triggers, if it is deprecated:
   * {@code removal} or {@code deprecation}. javac deprecates by a {@code @deprecated} Javadoc tag
   * (or a class file's Deprecated attribute) as much as by the annotation.
   */
  private Optional<String> deprecationWarning(Element element) {
    if (!elements.isDeprecated(element)) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> annotation = deprecation(element);
    return Optional.of(
        annotation.isPresent() && isForRemoval(annotation.get()) ? "removal" : "deprecation");
  }

  private static boolean isForRemoval(AnnotationMirror deprecated) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        deprecated.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("forRemoval")) {
        return Boolean.TRUE.equals(entry.getValue().getValue());
      }
    }
    return false;
  }

  private boolean isReifiable(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return false;
      case ARRAY:
        return isReifiable(((ArrayType) type).getComponentType());
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (argument.getKind() != TypeKind.WILDCARD
              || ((WildcardType) argument).getExtendsBound() != null
              || ((WildcardType) argument).getSuperBound() != null) {
            return false;
          }
        }
        return Workarounds.enclosingInstanceType(declared).map(this::isReifiable).orElse(true);
      default:
        return true;
    }
  }
}
