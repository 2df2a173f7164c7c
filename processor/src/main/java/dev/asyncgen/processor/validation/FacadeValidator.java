package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.types.Accessibility;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.types.TypeWalk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks that a facade can be written, before anything is. */
public final class FacadeValidator {

  private final Elements elements;
  private final Types types;

  public FacadeValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Checks the element carrying {@code @Async}: an interface that its facade can reach. */
  public ValidationReport validateAsync(Element element, AnnotationMirror annotation) {
    ValidationReport report = new ValidationReport();
    checkTimeout(report, element, annotation);
    if (element.getKind() != ElementKind.INTERFACE) {
      report.addOn(Diagnostics.NOT_INTERFACE, element, annotation, null, element, describe(element));
      return report;
    }
    for (Element e = element; e.getKind().isClass() || e.getKind().isInterface(); e = e.getEnclosingElement()) {
      TypeElement type = (TypeElement) e;
      if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
        report.addOn(Diagnostics.LOCAL_INTERFACE, element, annotation, null, type == element ? element : element + " (inside the local " + type + ")");
        return report;
      }
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        report.addOn(Diagnostics.PRIVATE_INTERFACE, element, annotation, null, element, type == element ? "it" : "the enclosing " + type);
        return report;
      }
    }
    return report;
  }

  /**
   * Checks an {@code @Async.Of}: at least one interface, a name only for a single one, and each an
   * interface that the facade in {@code packageName} can reach.
   */
  public ValidationReport validateOf(Element annotated, AnnotationMirror annotation, String packageName) {
    ValidationReport report = new ValidationReport();
    checkTimeout(report, annotated, annotation);
    List<AnnotationValue> listed = listedInterfaces(annotation);
    if (listed.isEmpty()) {
      report.addOn(Diagnostics.OF_EMPTY, annotated, annotation, attribute(annotation, "value"));
      return report;
    }
    AnnotationValue name = attribute(annotation, "name");
    if (name != null && !name.getValue().toString().isEmpty() && listed.size() > 1) {
      report.addOn(Diagnostics.OF_NAME_WITH_SEVERAL, annotated, annotation, name, name.getValue(), listed.size());
    }
    for (AnnotationValue value : listed) {
      if (!(value.getValue() instanceof DeclaredType type) || type.getKind() != TypeKind.DECLARED) {
        continue; // a class literal javac could not resolve: javac says so itself
      }
      TypeElement element = (TypeElement) type.asElement();
      if (element.getKind() != ElementKind.INTERFACE) {
        report.addOn(Diagnostics.OF_NOT_INTERFACE, annotated, annotation, value, element.getQualifiedName(), describe(element));
        continue;
      }
      Optional<String> why = Accessibility.whyInaccessible(element, packageName, elements);
      if (why.isPresent()) {
        report.addOn(Diagnostics.OF_INACCESSIBLE, annotated, annotation, value, element.getQualifiedName(),
            packageName.isEmpty() ? "(unnamed)" : packageName, why.get());
      }
    }
    return report;
  }

  /** The class literals of an {@code @Async.Of}'s {@code value}, as written. */
  public static List<AnnotationValue> listedInterfaces(AnnotationMirror of) {
    AnnotationValue value = attribute(of, "value");
    if (value == null) {
      return List.of();
    }
    Object listed = value.getValue();
    if (listed instanceof List<?> values) {
      List<AnnotationValue> result = new ArrayList<>();
      for (Object element : values) {
        if (element instanceof AnnotationValue annotationValue) {
          result.add(annotationValue);
        }
      }
      return result;
    }
    return List.of(value); // a single class literal without braces, as some compilers model it
  }

  private static void checkTimeout(ValidationReport report, Element annotated, AnnotationMirror annotation) {
    AnnotationValue timeout = attribute(annotation, "timeout");
    if (timeout != null && timeout.getValue() instanceof String text && !text.isEmpty()
        && DurationText.parse(text).isEmpty()) {
      report.addOn(Diagnostics.INVALID_TIMEOUT, annotated, annotation, timeout, text);
    }
  }

  /**
   * Checks a facade request: its name, that it does not clash with an existing type, and that the
   * generated code can name every type in the methods' signatures.
   */
  public ValidationReport validate(FacadeRequest request, List<ExecutableElement> methods) {
    ValidationReport report = new ValidationReport();
    Element annotated = request.annotated();
    AnnotationMirror annotation = request.annotation();
    String name = request.facadeName();
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      report.addOn(
          Diagnostics.INVALID_NAME, annotated, annotation, attribute(annotation, "name"), name,
          request.syncInterface().getSimpleName() + "Async");
      return report;
    }
    checkNameIsFree(report, request, request.qualifiedFacadeName());
    checkNameIsFree(report, request, request.qualifiedImplName());
    DeclaredType site = (DeclaredType) request.syncInterface().asType();
    for (ExecutableElement method : methods) {
      checkNotReserved(report, request, site, method);
      checkTypesAccessible(report, request, site, method);
    }
    return report;
  }

  private void checkNameIsFree(ValidationReport report, FacadeRequest request, String qualifiedName) {
    TypeElement existing = elements.getTypeElement(qualifiedName);
    if (existing != null && !isEarlierOutput(existing, request)) {
      report.addOn(
          Diagnostics.NAME_CLASH, request.annotated(), request.annotation(),
          attribute(request.annotation(), "name"), request.syncInterface(),
          request.facadeName(), describe(existing) + " " + existing.getQualifiedName());
    }
  }

  /**
   * Whether {@code existing} is this facade written by an earlier build (a stale class file on the
   * class path of an incremental build), which the new one replaces: it mentions the interface
   * as {@code of}'s parameter, or implements the facade.
   */
  private boolean isEarlierOutput(TypeElement existing, FacadeRequest request) {
    TypeMirror sync = types.erasure(request.syncInterface().asType());
    for (Element member : existing.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals("of")
          && member.getModifiers().contains(Modifier.STATIC)
          && !((ExecutableElement) member).getParameters().isEmpty()
          && types.isSameType(
              types.erasure(((ExecutableElement) member).getParameters().get(0).asType()), sync)) {
        return true;
      }
    }
    for (TypeMirror parent : existing.getInterfaces()) {
      if (((TypeElement) types.asElement(parent)).getQualifiedName().contentEquals(request.qualifiedFacadeName())) {
        return true;
      }
    }
    return false;
  }

  /** The facade's own members: a sync method of the same signature would clash with them. */
  private void checkNotReserved(
      ValidationReport report, FacadeRequest request, DeclaredType site, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (!name.equals("of") && !name.equals("withOptions")) {
      return;
    }
    List<? extends TypeMirror> parameters =
        ((ExecutableType) types.asMemberOf(site, method)).getParameterTypes();
    TypeMirror sync = types.erasure(site);
    String reserved = null;
    if (name.equals("of")
        && (erasuresAre(parameters, sync)
            || erasuresAre(parameters, sync, typeNamed("java.util.concurrent.Executor"))
            || erasuresAre(parameters, sync, typeNamed("dev.asyncgen.AsyncOptions")))) {
      reserved = "of" + erasedList(parameters);
    } else if (name.equals("withOptions")
        && erasuresAre(parameters, typeNamed("java.util.function.UnaryOperator"))) {
      reserved = "withOptions(UnaryOperator<AsyncOptions>)";
    }
    if (reserved != null) {
      reportOnMethod(report, Diagnostics.RESERVED_METHOD, request, method, describe(method), reserved, request.facadeName());
    }
  }

  /** Whether the erasures of {@code parameters} are exactly {@code expected}. */
  private boolean erasuresAre(List<? extends TypeMirror> parameters, TypeMirror... expected) {
    if (parameters.size() != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == null
          || !types.isSameType(types.erasure(parameters.get(i)), types.erasure(expected[i]))) {
        return false;
      }
    }
    return true;
  }

  /** The type of that name, or {@code null} if the class path lacks it. */
  private TypeMirror typeNamed(String qualifiedName) {
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element == null ? null : element.asType();
  }

  private String erasedList(List<? extends TypeMirror> parameters) {
    List<String> names = new ArrayList<>();
    for (TypeMirror parameter : parameters) {
      names.add(types.erasure(parameter).toString());
    }
    return "(" + String.join(", ", names) + ")";
  }

  private void checkTypesAccessible(
      ValidationReport report, FacadeRequest request, DeclaredType site, ExecutableElement method) {
    ExecutableType type = (ExecutableType) types.asMemberOf(site, method);
    List<TypeMirror> signature = new ArrayList<>(type.getParameterTypes());
    signature.add(type.getReturnType());
    for (TypeVariable variable : type.getTypeVariables()) {
      signature.addAll(TypeVariables.upperBounds(variable));
    }
    Set<TypeElement> reported = new LinkedHashSet<>();
    for (TypeMirror part : signature) {
      TypeWalk.forEach(
          part,
          t -> {
            if (t.getKind() != TypeKind.DECLARED) {
              return;
            }
            TypeElement element = (TypeElement) ((DeclaredType) t).asElement();
            Optional<String> why = Accessibility.whyInaccessible(element, request.packageName(), elements);
            if (why.isPresent() && reported.add(element)) {
              reportOnMethod(
                  report, Diagnostics.INACCESSIBLE_TYPE, request, method, describe(method),
                  element.getQualifiedName(), request.packageName().isEmpty() ? "(unnamed)" : request.packageName(), why.get());
            }
          });
    }
  }

  /** On the method where the user can change it, else on the annotated element. */
  private static void reportOnMethod(
      ValidationReport report, Diagnostics diagnostic, FacadeRequest request,
      ExecutableElement method, Object... args) {
    if (method.getEnclosingElement().equals(request.syncInterface())
        && request.annotated().equals(request.syncInterface())) {
      report.add(diagnostic, method, args);
    } else {
      report.addOn(diagnostic, request.annotated(), request.annotation(), null, args);
    }
  }

  private static String describe(ExecutableElement method) {
    return "the method " + method.getEnclosingElement().getSimpleName() + "." + method;
  }

  static String describe(Element element) {
    return switch (element.getKind()) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      case INTERFACE -> "an interface";
      case PACKAGE -> "a package";
      default -> "a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  static AnnotationValue attribute(AnnotationMirror annotation, String name) {
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
