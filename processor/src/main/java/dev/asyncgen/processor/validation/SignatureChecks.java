package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.Diagnostics.Message;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.ResolvedMethod;
import dev.asyncgen.processor.types.Accessibility;
import dev.asyncgen.processor.types.Erasures;
import dev.asyncgen.processor.types.KnownTypes;
import dev.asyncgen.processor.types.NameableTypes;
import dev.asyncgen.processor.types.TypeVariables;
import dev.asyncgen.processor.types.TypeWalk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The wrapped methods: none takes the signature of one of the facade's own members, and the
 * facade can name every type in their signatures.
 */
final class SignatureChecks {

  private final Elements elements;
  private final Erasures erasures;
  private final FacadeMembers.Signatures members;
  private final NameableTypes nameable;

  SignatureChecks(Elements elements, Types types, KnownTypes known) {
    this.elements = elements;
    this.erasures = new Erasures(types);
    this.members = new FacadeMembers.Signatures(known, types);
    this.nameable = new NameableTypes(types);
  }

  void check(FacadeRequest request, ValidationReport report) {
    checkTypeParametersNameable(request, report);
    noteLeftOut(request, report);
    for (ResolvedMethod method : request.methods()) {
      checkNotReserved(request, method, report);
      checkTypesAccessible(request, method, report);
    }
  }

  /**
   * A method of the interface {@code @Async} annotates must not take a signature of the facade's
   * own members; one of an interface {@code @Async.Of} lists, which the user cannot rename, was
   * left out of the facade by discovery, and is only told about.
   */
  private void checkNotReserved(FacadeRequest request, ResolvedMethod method, ValidationReport report) {
    DeclaredType site = (DeclaredType) request.syncInterface().asType();
    members.takenBy(method, site).ifPresent(
        member ->
            reportOnMethod(
                request, method,
                new Diagnostics.ReservedMethod(
                    Diagnostics.describe(method.element()),
                    members.describe(member, site),
                    !members.sameTypes(method, member, site),
                    request.syncInterface()),
                report));
  }

  private void noteLeftOut(FacadeRequest request, ValidationReport report) {
    DeclaredType site = (DeclaredType) request.syncInterface().asType();
    for (ResolvedMethod method : request.leftOut()) {
      Member member = members.takenBy(method, site).orElseThrow();
      report.add(
          new Diagnostics.MethodLeftOut(
              request.qualifiedFacadeName(),
              Diagnostics.describe(method.element()),
              members.describe(member, site),
              !members.sameTypes(method, member, site)),
          request.annotated(), request.annotation(), request.listedAs());
    }
  }

  /**
   * The facade declares the interface's type parameters again, bounded alike: a bound Java
   * cannot name (a class file of another JVM language may hold one) leaves no facade to write.
   */
  private void checkTypeParametersNameable(FacadeRequest request, ValidationReport report) {
    for (TypeParameterElement parameter : request.syncInterface().getTypeParameters()) {
      if (!nameable.isDeclarableBound(parameter.getBounds())) {
        report.add(
            new Diagnostics.UnnameableBound(request.syncInterface(), parameter.toString(), bounds(parameter)),
            request.annotated(), request.annotation(), request.listedAs());
        return;
      }
    }
  }

  private static String bounds(TypeParameterElement parameter) {
    List<String> bounds = new ArrayList<>();
    for (TypeMirror bound : parameter.getBounds()) {
      bounds.add(bound.toString());
    }
    return String.join(" & ", bounds);
  }

  private void checkTypesAccessible(FacadeRequest request, ResolvedMethod method, ValidationReport report) {
    ExecutableType type = method.type();
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
            Optional<String> why =
                Accessibility.whyInaccessible(element, request.packageName(), elements);
            if (why.isPresent() && reported.add(element)) {
              reportOnMethod(
                  request, method,
                  new Diagnostics.InaccessibleType(
                      Diagnostics.describe(method.element()),
                      element,
                      AnnotationChecks.displayed(request.packageName()),
                      why.get()),
                  report);
            }
          });
    }
  }

  /** On the method where the user can change it, else on the annotation. */
  private static void reportOnMethod(
      FacadeRequest request, ResolvedMethod method, Message message, ValidationReport report) {
    if (method.element().getEnclosingElement().equals(request.syncInterface())
        && request.annotated().equals(request.syncInterface())) {
      report.add(message, method.element());
    } else {
      report.add(message, request.annotated(), request.annotation(), null);
    }
  }
}
