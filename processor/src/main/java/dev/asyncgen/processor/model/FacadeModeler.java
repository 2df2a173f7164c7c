package dev.asyncgen.processor.model;

import dev.asyncgen.processor.types.Supertypes;
import dev.asyncgen.processor.types.Accessibility;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.types.TypeWalk;
import dev.asyncgen.processor.model.MethodDescriptor.CallKind;
import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a validated {@link FacadeRequest} into a {@link FacadeDescriptor}. */
public final class FacadeModeler {

  private final Elements elements;
  private final Types types;
  private final DelegateCallWarnings delegateCallWarnings;
  private final TypeElement completionStage;

  public FacadeModeler(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.delegateCallWarnings = new DelegateCallWarnings(types);
    this.completionStage = elements.getTypeElement("java.util.concurrent.CompletionStage");
  }

  public FacadeDescriptor model(FacadeRequest request, List<ExecutableElement> syncMethods) {
    TypeElement iface = request.syncInterface();
    DeclaredType site = (DeclaredType) iface.asType();
    Set<String> interfaceTypeVariables = new HashSet<>();
    List<TypeVariable> typeVariables = new ArrayList<>();
    for (TypeParameterElement parameter : iface.getTypeParameters()) {
      interfaceTypeVariables.add(parameter.getSimpleName().toString());
      typeVariables.add((TypeVariable) parameter.asType());
    }

    List<MethodDescriptor> methods = new ArrayList<>();
    for (ExecutableElement method : syncMethods) {
      methods.add(method(site, method, interfaceTypeVariables, request.packageName()));
    }

    Set<String> suppressed = new TreeSet<>();
    Optional<AnnotationMirror> deprecated = deprecation(iface);
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
    if (hasAmbiguousFunctionalOverloads(site, methods)) {
      suppressed.add("overloads");
    }
    return new FacadeDescriptor(
        request,
        site,
        List.copyOf(typeVariables),
        Accessibility.isPublicOrProtectedEverywhere(iface),
        deprecated,
        List.copyOf(methods),
        gatherHelpers(methods),
        Set.copyOf(suppressed),
        shadowedJavaLangNames(request.packageName()),
        Modules.canUseGeneratedAnnotation(elements, request));
  }

  /**
   * Names the gather helpers: {@code gatherDownload} for {@code download(String)}. Where several
   * one-parameter methods share a name, each helper adds its parameter's type, as in {@code
   * gatherFindLong} and {@code gatherFindString}, since helpers taking {@code Collection}s of
   * different elements would have the same erasure. A name still taken twice gets no helper at
   * all: the facade must compile. Nor does a name that a one-parameter sync method takes whose
   * parameter a {@code Collection} could be passed for ({@code Collection}, {@code Iterable}, {@code
   * Object}, an unbounded type variable): a call with a list would be ambiguous between the two,
   * where the sync interface's is not, or, beside {@code gatherX(Object)}, silently reach the
   * helper instead of the facade's twin of the user's method.
   */
  private List<GatherHelper> gatherHelpers(List<MethodDescriptor> methods) {
    Map<String, List<MethodDescriptor>> byName = new LinkedHashMap<>();
    for (MethodDescriptor method : methods) {
      if (method.parameters().size() == 1) {
        byName.computeIfAbsent(method.name(), name -> new ArrayList<>()).add(method);
      }
    }
    Map<String, List<MethodDescriptor>> byHelperName = new LinkedHashMap<>();
    for (List<MethodDescriptor> overloads : byName.values()) {
      for (MethodDescriptor method : overloads) {
        String name = "gather" + capitalize(method.name());
        if (overloads.size() > 1) {
          name += typeSuffix(method.parameters().get(0).type());
        }
        byHelperName.computeIfAbsent(name, key -> new ArrayList<>()).add(method);
      }
    }
    TypeMirror collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    Set<String> takenBySyncMethods = new HashSet<>();
    for (MethodDescriptor method : methods) {
      if (method.parameters().size() == 1
          && types.isAssignable(collection, types.erasure(method.parameters().get(0).type()))) {
        takenBySyncMethods.add(method.name());
      }
    }
    List<GatherHelper> helpers = new ArrayList<>();
    for (Map.Entry<String, List<MethodDescriptor>> entry : byHelperName.entrySet()) {
      if (entry.getValue().size() == 1 && !takenBySyncMethods.contains(entry.getKey())) {
        helpers.add(new GatherHelper(entry.getKey(), entry.getValue().get(0)));
      }
    }
    return List.copyOf(helpers);
  }

  /** {@code Long} for {@code long}, {@code StringArray} for {@code String[]}, {@code List} for {@code List<T>}. */
  private String typeSuffix(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind().isPrimitive()) {
      // By its kind: a printed type shows its type annotations, "@Nullable int".
      return capitalize(erased.getKind().name().toLowerCase(Locale.ROOT));
    }
    if (erased.getKind() == TypeKind.ARRAY) {
      return typeSuffix(((ArrayType) erased).getComponentType()) + "Array";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) erased).asElement().getSimpleName().toString();
    }
    return capitalize(erased.toString());
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Names of {@code java.lang} types a generated file may mention, besides any found below: some
   * compilers (Eclipse's, under {@code --release}) cannot list a system package's members.
   */
  private static final List<String> COMMON_JAVA_LANG_NAMES =
      List.of(
          "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class", "Comparable",
          "Deprecated", "Double", "Enum", "Error", "Exception", "Float", "FunctionalInterface",
          "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
          "Runnable", "RuntimeException", "SafeVarargs", "Short", "String", "StringBuilder",
          "SuppressWarnings", "System", "Thread", "Throwable", "Void");

  /**
   * {@code String}, say, if the package declares its own {@code String}. The package's types are
   * listed once: asking for each of java.lang's two hundred names in turn cost more than everything
   * else the processor does, since javac does not remember, while processors run, that a class
   * was not found.
   */
  private Set<String> shadowedJavaLangNames(String packageName) {
    Set<String> javaLang = new TreeSet<>(COMMON_JAVA_LANG_NAMES);
    PackageElement javaLangPackage = elements.getPackageElement("java.lang");
    if (javaLangPackage != null) {
      for (TypeElement type : ElementFilter.typesIn(javaLangPackage.getEnclosedElements())) {
        javaLang.add(type.getSimpleName().toString());
      }
    }
    Set<String> shadowed = new TreeSet<>();
    PackageElement facadePackage = elements.getPackageElement(packageName);
    if (facadePackage == null) {
      // Cannot list it: ask for each name instead, slower but as sure.
      String prefix = packageName.isEmpty() ? "" : packageName + ".";
      for (String name : javaLang) {
        if (elements.getTypeElement(prefix + name) != null) {
          shadowed.add(name);
        }
      }
      return Set.copyOf(shadowed);
    }
    for (TypeElement type : ElementFilter.typesIn(facadePackage.getEnclosedElements())) {
      String name = type.getSimpleName().toString();
      if (javaLang.contains(name)) {
        shadowed.add(name);
      }
    }
    return Set.copyOf(shadowed);
  }

  private MethodDescriptor method(
      DeclaredType site,
      ExecutableElement method,
      Set<String> interfaceTypeVariables,
      String packageName) {
    ExecutableType type = (ExecutableType) types.asMemberOf(site, method);
    List<TypeVariable> typeVariables = List.copyOf(type.getTypeVariables());

    Set<String> methodTypeVariables = new HashSet<>();
    for (TypeVariable variable : typeVariables) {
      methodTypeVariables.add(variable.asElement().getSimpleName().toString());
    }
    Map<Element, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>(interfaceTypeVariables);
    taken.addAll(methodTypeVariables);
    for (TypeVariable variable : typeVariables) {
      String name = variable.asElement().getSimpleName().toString();
      if (interfaceTypeVariables.contains(name)) {
        String fresh = freshName(name, taken);
        taken.add(fresh);
        renamed.put(variable.asElement(), fresh);
      }
    }

    List<Parameter> parameters = parameters(method, type);
    TypeMirror returned = type.getReturnType();
    CallKind kind;
    TypeMirror result;
    boolean rawStage = false;
    if (returned.getKind() == TypeKind.VOID) {
      kind = CallKind.VOID;
      result = elements.getTypeElement("java.lang.Void").asType();
    } else if (returned.getKind().isPrimitive()) {
      kind = CallKind.VALUE;
      result = types.boxedClass((PrimitiveType) returned).asType();
    } else {
      Optional<DeclaredType> stage = asCompletionStage(returned);
      kind = stage.isPresent() ? CallKind.STAGE : CallKind.VALUE;
      result = stage.isPresent() ? stageResult(stage.get()) : returned;
      rawStage = stage.isPresent() && stage.get().getTypeArguments().isEmpty();
    }

    Set<String> suppressed = new TreeSet<>();
    for (Parameter parameter : parameters) {
      addSignatureWarnings(parameter.type(), suppressed);
    }
    addSignatureWarnings(result, suppressed);
    for (TypeVariable variable : typeVariables) {
      for (TypeMirror bound : TypeVariables.upperBounds(variable)) {
        addSignatureWarnings(bound, suppressed);
      }
    }
    if (rawStage) {
      suppressed.add("unchecked"); // a raw stage passes for CompletionStage<? extends Object>
    }
    if (method.isVarArgs()
        && !isReifiable(((ArrayType) parameters.get(parameters.size() - 1).type()).getComponentType())) {
      suppressed.add("unchecked"); // possible heap pollution, as in the sync method
    }
    suppressed.addAll(delegateCallWarnings.of(site, method));
    Optional<AnnotationMirror> deprecated = deprecation(method);
    if (deprecated.isPresent() && isForRemoval(deprecated.get())) {
      suppressed.add("removal");
    } else if (deprecated.isEmpty() && elements.isDeprecated(method)) {
      // Deprecated by a Javadoc tag only: no annotation to carry over to the facade method, whose
      // call of the sync method would warn.
      suppressed.add("deprecation");
    }

    // Linked through the interface that declares it, unless the facade's package cannot name that
    // one (Guava's public Graph inherits from the package-private BaseGraph): then through the
    // sync interface, which inherits it.
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    DeclaredType linkedThrough =
        Accessibility.whyInaccessible(owner, packageName, elements).isEmpty()
            ? (DeclaredType) owner.asType()
            : site;
    return new MethodDescriptor(
        method,
        linkedThrough,
        typeVariables,
        Map.copyOf(renamed),
        parameters,
        method.isVarArgs(),
        kind,
        result,
        deprecated,
        Set.copyOf(suppressed));
  }

  /**
   * Parameter names as declared. Compiled code may lack them, or carry names that are not Java
   * identifiers (other JVM languages): those become {@code argN}.
   */
  private static List<Parameter> parameters(ExecutableElement method, ExecutableType type) {
    List<? extends VariableElement> declared = method.getParameters();
    List<? extends TypeMirror> parameterTypes = type.getParameterTypes();
    Set<String> used = new HashSet<>();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      String name = i < declared.size() ? declared.get(i).getSimpleName().toString() : "";
      if (!SourceVersion.isName(name) || name.contains(".") || !used.add(name)) {
        name = freshName("arg" + i, used);
        used.add(name);
      }
      parameters.add(new Parameter(name, parameterTypes.get(i)));
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
  private Optional<DeclaredType> asCompletionStage(TypeMirror type) {
    return asCompletionStage(type, new HashSet<>());
  }

  private Optional<DeclaredType> asCompletionStage(TypeMirror type, Set<Element> seenVariables) {
    switch (type.getKind()) {
      case TYPEVAR:
        TypeVariable variable = (TypeVariable) type;
        if (!seenVariables.add(variable.asElement())) {
          return Optional.empty();
        }
        for (TypeMirror bound : TypeVariables.upperBounds(variable)) {
          Optional<DeclaredType> stage = asCompletionStage(bound, seenVariables);
          if (stage.isPresent()) {
            return stage;
          }
        }
        return Optional.empty();
      case INTERSECTION:
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          Optional<DeclaredType> stage = asCompletionStage(bound, seenVariables);
          if (stage.isPresent()) {
            return stage;
          }
        }
        return Optional.empty();
      case DECLARED:
        return Supertypes.find(types, type, completionStage);
      default:
        return Optional.empty();
    }
  }

  /**
   * {@code X} of {@code CompletionStage<X>}. A fresh future can promise more than the stage's
   * wildcard: {@code ? extends B} becomes {@code B}; {@code ?}, {@code ? super B} and a raw stage
   * become {@code Object}.
   */
  private TypeMirror stageResult(DeclaredType stage) {
    TypeMirror object = elements.getTypeElement("java.lang.Object").asType();
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
          if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
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
        TypeMirror enclosing = declared.getEnclosingType();
        return !Accessibility.isInnerClass((TypeElement) declared.asElement())
            || enclosing.getKind() != TypeKind.DECLARED
            || isReifiable(enclosing);
      default:
        return true;
    }
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

  private Optional<AnnotationMirror> deprecation(Element element) {
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
    return Optional.empty(); // deprecated by a Javadoc tag only
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

  /**
   * javac's {@code -Xlint:overloads} flags overloads of the same arity that take different
   * functional interfaces at the same position (a lambda could fit both). The facade repeats the
   * sync interface's overloads, so it repeats the warning: say so once, on the facade. Its own
   * methods count too: a sync method {@code of(Api, Consumer)} meets {@code of(Api, Executor)},
   * and {@code withOptions(Function)} meets {@code withOptions(UnaryOperator<AsyncOptions>)}. A
   * varargs parameter counts by its element type, which is what a lambda would have to fit.
   */
  private boolean hasAmbiguousFunctionalOverloads(
      DeclaredType site, List<MethodDescriptor> methods) {
    List<Overload> overloads = new ArrayList<>();
    for (MethodDescriptor method : methods) {
      List<TypeMirror> parameters = new ArrayList<>();
      for (Parameter parameter : method.parameters()) {
        parameters.add(parameter.type());
      }
      if (method.varargs()) {
        int last = parameters.size() - 1;
        parameters.set(last, ((ArrayType) parameters.get(last)).getComponentType());
      }
      overloads.add(new Overload(method.name(), parameters));
    }
    overloads.add(new Overload("of", List.of(site)));
    TypeElement executor = elements.getTypeElement("java.util.concurrent.Executor");
    if (executor != null) {
      overloads.add(new Overload("of", List.of(site, executor.asType())));
    }
    TypeElement unaryOperator = elements.getTypeElement("java.util.function.UnaryOperator");
    if (unaryOperator != null) {
      overloads.add(new Overload("withOptions", List.of(types.erasure(unaryOperator.asType()))));
    }
    for (int i = 0; i < overloads.size(); i++) {
      for (int j = i + 1; j < overloads.size(); j++) {
        if (functionalAtSamePosition(overloads.get(i), overloads.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A method's name and parameter types, the facade's own methods included. */
  private record Overload(String name, List<TypeMirror> parameters) {}

  private boolean functionalAtSamePosition(Overload left, Overload right) {
    if (!left.name().equals(right.name())
        || left.parameters().size() != right.parameters().size()) {
      return false;
    }
    for (int i = 0; i < left.parameters().size(); i++) {
      TypeMirror a = left.parameters().get(i);
      TypeMirror b = right.parameters().get(i);
      if (isFunctional(a) && isFunctional(b) && !types.isSameType(types.erasure(a), types.erasure(b))) {
        return true;
      }
    }
    return false;
  }

  private boolean isFunctional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && elements.isFunctionalInterface((TypeElement) ((DeclaredType) type).asElement());
  }
}
