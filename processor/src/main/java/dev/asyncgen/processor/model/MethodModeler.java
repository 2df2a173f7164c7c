package dev.asyncgen.processor.model;

import dev.asyncgen.processor.model.MethodDescriptor.CallKind;
import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import dev.asyncgen.processor.types.Accessibility;
import dev.asyncgen.processor.types.KnownTypes;
import dev.asyncgen.processor.types.NameableTypes;
import dev.asyncgen.processor.types.Supertypes;
import dev.asyncgen.processor.types.TypeVariables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Describes one facade method: its signature, how its result is had, what it suppresses. */
final class MethodModeler {

  private final Elements elements;
  private final Types types;
  private final KnownTypes known;
  private final LintWarnings lint;
  private final TypeElement completionStage;
  private final TypeMirror erasedCompletionStage;
  private final NameableTypes nameable;

  MethodModeler(Elements elements, Types types, KnownTypes known, LintWarnings lint) {
    this.elements = elements;
    this.types = types;
    this.known = known;
    this.lint = lint;
    this.completionStage = known.jdk("java.util.concurrent.CompletionStage");
    this.erasedCompletionStage = types.erasure(completionStage.asType());
    this.nameable = new NameableTypes(types);
  }

  /**
   * The facade method of {@code method}, in the facade of {@code site} in package {@code
   * packageName}, whose type variables are named {@code interfaceTypeVariables}.
   */
  MethodDescriptor model(
      DeclaredType site, ResolvedMethod method, Set<String> interfaceTypeVariables, String packageName) {
    List<TypeVariable> typeVariables = List.copyOf(method.type().getTypeVariables());
    List<Parameter> parameters = parameters(method);
    TypeMirror returned = method.type().getReturnType();
    CallKind kind;
    TypeMirror result;
    boolean rawStage = false;
    if (returned.getKind() == TypeKind.VOID) {
      kind = CallKind.VOID;
      result = known.jdk("java.lang.Void").asType();
    } else if (returned.getKind().isPrimitive()) {
      kind = CallKind.VALUE;
      result = types.boxedClass((PrimitiveType) returned).asType();
    } else {
      Optional<DeclaredType> stage = asCompletionStage(returned, new HashSet<>());
      kind = stage.isPresent() ? CallKind.STAGE : CallKind.VALUE;
      result = nameable.nameable(stage.isPresent() ? stageResult(stage.get()) : returned);
      rawStage = stage.isPresent() && stage.get().getTypeArguments().isEmpty();
    }
    Optional<AnnotationMirror> deprecated = lint.deprecation(method.element());
    return new MethodDescriptor(
        method.element(),
        linkType(site, method.element(), packageName),
        typeVariables,
        Map.copyOf(renamedTypeVariables(typeVariables, interfaceTypeVariables)),
        parameters,
        method.element().isVarArgs(),
        kind,
        result,
        deprecated,
        Set.copyOf(lint.ofMethod(site, method, parameters, result, rawStage, deprecated)),
        method.callThrough());
  }

  /**
   * New names for the method's type variables that the interface's own would hide: a
   * super-interface's method {@code <T>} under an interface {@code <T>} gets {@code T1}.
   */
  private static Map<Element, String> renamedTypeVariables(
      List<TypeVariable> typeVariables, Set<String> interfaceTypeVariables) {
    Set<String> taken = new HashSet<>(interfaceTypeVariables);
    for (TypeVariable variable : typeVariables) {
      taken.add(variable.asElement().getSimpleName().toString());
    }
    Map<Element, String> renamed = new LinkedHashMap<>();
    for (TypeVariable variable : typeVariables) {
      String name = variable.asElement().getSimpleName().toString();
      if (interfaceTypeVariables.contains(name)) {
        String fresh = freshName(name, taken);
        taken.add(fresh);
        renamed.put(variable.asElement(), fresh);
      }
    }
    return renamed;
  }

  /**
   * The interface the Javadoc links the method through: the one declaring it, unless the facade's
   * package cannot name that one (Guava's public {@code Graph} inherits from the package-private
   * {@code BaseGraph}); then the sync interface, which inherits it.
   */
  private DeclaredType linkType(DeclaredType site, ExecutableElement method, String packageName) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return Accessibility.whyInaccessible(owner, packageName, elements).isEmpty()
        ? (DeclaredType) owner.asType()
        : site;
  }

  /**
   * Parameter names as declared. Compiled code may lack them, or carry names that are not Java
   * identifiers (other JVM languages): those become {@code argN}. A type Java cannot name as it
   * is becomes its erasure (see {@link NameableTypes}).
   */
  private List<Parameter> parameters(ResolvedMethod method) {
    List<? extends VariableElement> declared = method.element().getParameters();
    List<? extends TypeMirror> parameterTypes = method.type().getParameterTypes();
    Set<String> used = new HashSet<>();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      String name = i < declared.size() ? declared.get(i).getSimpleName().toString() : "";
      if (!SourceVersion.isName(name) || name.contains(".") || !used.add(name)) {
        name = freshName("arg" + i, used);
        used.add(name);
      }
      parameters.add(new Parameter(name, nameable.nameable(parameterTypes.get(i))));
    }
    return List.copyOf(parameters);
  }

  private static String freshName(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int i = 1; ; i++) {
      if (!taken.contains(base + i)) {
        return base + i;
      }
    }
  }

  /** The {@code CompletionStage<X>} that {@code type} is, if it is one. */
  private Optional<DeclaredType> asCompletionStage(TypeMirror type, Set<Element> seenVariables) {
    List<? extends TypeMirror> candidates;
    switch (type.getKind()) {
      case DECLARED:
        // javac answers "is it one at all" from its own caches; most return types are not, and
        // walking their super-types here read class files nothing else needs (jOOQ's DSLContext:
        // a tenth of the processor's time)
        if (!types.isSubtype(types.erasure(type), erasedCompletionStage)) {
          return Optional.empty();
        }
        return Supertypes.find(types, type, completionStage);
      case TYPEVAR:
        TypeVariable variable = (TypeVariable) type;
        if (!seenVariables.add(variable.asElement())) {
          return Optional.empty();
        }
        candidates = TypeVariables.upperBounds(variable);
        break;
      case INTERSECTION:
        candidates = ((IntersectionType) type).getBounds();
        break;
      default:
        return Optional.empty();
    }
    for (TypeMirror bound : candidates) {
      Optional<DeclaredType> stage = asCompletionStage(bound, seenVariables);
      if (stage.isPresent()) {
        return stage;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code X} of {@code CompletionStage<X>}. A fresh future can promise more than the stage's
   * wildcard: {@code ? extends B} becomes {@code B}; {@code ?}, {@code ? super B} and a raw stage
   * become {@code Object}.
   */
  private TypeMirror stageResult(DeclaredType stage) {
    TypeMirror object = known.jdk("java.lang.Object").asType();
    if (stage.getTypeArguments().isEmpty()) {
      return object;
    }
    TypeMirror argument = stage.getTypeArguments().get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      TypeMirror upper = ((WildcardType) argument).getExtendsBound();
      return upper != null ? upper : object;
    }
    return argument;
  }
}
