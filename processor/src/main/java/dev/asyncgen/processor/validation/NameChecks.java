package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.types.KnownTypes;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The facade's name: a Java identifier, not taken by another facade of this compilation, nor by
 * a type that exists already.
 */
final class NameChecks {

  private final Elements elements;
  private final Types types;
  private final GeneratedFacades generated;

  NameChecks(Elements elements, Types types, GeneratedFacades generated) {
    this.elements = elements;
    this.types = types;
    this.generated = generated;
  }

  /**
   * Whether the facade can take its name; if not, says why. {@code namedByThisUse} holds the
   * facades named so far by the same annotation, which may list several interfaces.
   */
  boolean check(FacadeRequest request, Map<String, TypeElement> namedByThisUse, ValidationReport report) {
    String name = request.facadeName();
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      report.add(
          new Diagnostics.InvalidName(name, request.syncInterface().getSimpleName() + "Async"),
          request.annotated(), request.annotation(), request.use().attribute("name"));
      return false;
    }
    String qualified = request.qualifiedFacadeName();
    TypeElement iface = request.syncInterface();
    Optional<TypeElement> earlier =
        generated.wrappedBy(qualified).or(() -> Optional.ofNullable(namedByThisUse.get(qualified)));
    if (earlier.isPresent() && !earlier.get().equals(iface)) {
      report.add(
          new Diagnostics.DuplicateFacade(qualified, earlier.get(), iface, isOf(request)),
          request.annotated(), request.annotation(), request.listedAs());
      return false;
    }
    namedByThisUse.put(qualified, iface);
    int before = report.size();
    checkNameIsFree(request, qualified, report);
    checkNameIsFree(request, request.qualifiedImplName(), report);
    for (String part : request.implPartNames()) {
      checkNameIsFree(request, qualifiedName(request, part), report);
    }
    checkNameIsFree(request, qualifiedName(request, request.providerName()), report);
    return report.size() == before;
  }

  private void checkNameIsFree(FacadeRequest request, String qualifiedName, ValidationReport report) {
    TypeElement existing = typeVisibleFrom(request.annotated(), qualifiedName);
    if (existing != null && !isEarlierOutput(existing, request)) {
      report.add(
          new Diagnostics.NameClash(
              request.syncInterface(),
              request.facadeName(),
              Diagnostics.describe(existing) + " " + existing.getQualifiedName(),
              isOf(request)),
          request.annotated(), request.annotation(), request.use().attribute("name"));
    }
  }

  /**
   * Whether {@code type} carries the mark the processor puts on the providers it writes: a class
   * of a provider's name with it is an earlier build's, not a user's own provider.
   */
  private static boolean isRegistered(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(KnownTypes.FACADE_PROVIDER_REGISTERED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOf(FacadeRequest request) {
    return request.use().kind() == AnnotationUse.Kind.OF;
  }

  private static String qualifiedName(FacadeRequest request, String simpleName) {
    return request.packageName().isEmpty() ? simpleName : request.packageName() + "." + simpleName;
  }

  /**
   * The type of that name that the facade's module sees. Asked in that module only: javac looks a
   * name given without one up in every module, and most of these names do not exist.
   */
  private TypeElement typeVisibleFrom(Element annotated, String qualifiedName) {
    ModuleElement module = elements.getModuleOf(annotated);
    return module == null
        ? elements.getTypeElement(qualifiedName)
        : elements.getTypeElement(module, qualifiedName);
  }

  /**
   * Whether {@code existing} is this facade written by an earlier build (a stale class file on the
   * class path of an incremental build), which the new one replaces: its {@link Member#OF} takes
   * the interface, it implements the facade or {@code FacadeProvider} (by the provider's name), or
   * it extends a part of the implementation.
   */
  private boolean isEarlierOutput(TypeElement existing, FacadeRequest request) {
    TypeMirror sync = types.erasure(request.syncInterface().asType());
    for (ExecutableElement method : ElementFilter.methodsIn(existing.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(Member.OF.memberName())
          && method.getModifiers().contains(Modifier.STATIC)
          && !method.getParameters().isEmpty()
          && types.isSameType(types.erasure(method.getParameters().get(0).asType()), sync)) {
        return true;
      }
    }
    for (TypeMirror parent : existing.getInterfaces()) {
      Element element = types.asElement(parent);
      if (element instanceof TypeElement type
          && (type.getQualifiedName().contentEquals(request.qualifiedFacadeName())
              || (type.getQualifiedName().contentEquals(KnownTypes.FACADE_PROVIDER)
                  && isRegistered(existing)))) {
        return true;
      }
    }
    return types.asElement(existing.getSuperclass()) instanceof TypeElement superclass
        && superclass.getQualifiedName().toString().startsWith(request.qualifiedImplName() + "Part");
  }
}
