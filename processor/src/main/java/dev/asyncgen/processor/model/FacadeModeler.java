package dev.asyncgen.processor.model;

import dev.asyncgen.processor.types.Accessibility;
import dev.asyncgen.processor.types.KnownTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a validated {@link FacadeRequest} into a {@link FacadeDescriptor}, asking each of its
 * helpers for one part: the methods ({@link MethodModeler}), the gather helpers' names ({@link
 * GatherHelpers}), the lint categories to suppress ({@link LintWarnings}, {@link
 * OverloadAmbiguity}) and the {@code java.lang} names to spell in full ({@link
 * JavaLangShadowing}).
 */
public final class FacadeModeler {

  private final Elements elements;
  private final LintWarnings lint;
  private final MethodModeler methods;
  private final GatherHelpers gatherHelpers;
  private final OverloadAmbiguity overloads;
  private final JavaLangShadowing javaLang;

  public FacadeModeler(Elements elements, Types types, KnownTypes known) {
    this.elements = elements;
    this.lint = new LintWarnings(elements, new DelegateCallWarnings(types));
    this.methods = new MethodModeler(elements, types, known, lint);
    this.gatherHelpers = new GatherHelpers(types, known);
    this.overloads = new OverloadAmbiguity(elements, types, known);
    this.javaLang = new JavaLangShadowing(elements);
  }

  public FacadeDescriptor model(FacadeRequest request) {
    TypeElement iface = request.syncInterface();
    DeclaredType site = (DeclaredType) iface.asType();
    Set<String> interfaceTypeVariableNames = new HashSet<>();
    List<TypeVariable> typeVariables = new ArrayList<>();
    for (TypeParameterElement parameter : iface.getTypeParameters()) {
      interfaceTypeVariableNames.add(parameter.getSimpleName().toString());
      typeVariables.add((TypeVariable) parameter.asType());
    }
    List<MethodDescriptor> described = new ArrayList<>();
    for (ResolvedMethod method : request.methods()) {
      described.add(methods.model(site, method, interfaceTypeVariableNames, request.packageName()));
    }
    Optional<AnnotationMirror> deprecated = lint.deprecation(iface);
    Set<String> suppressed = new TreeSet<>(lint.ofFacade(site, typeVariables, deprecated));
    if (overloads.isAmbiguous(site, described)) {
      suppressed.add("overloads");
    }
    return new FacadeDescriptor(
        request,
        site,
        List.copyOf(typeVariables),
        Accessibility.isPublicOrProtectedEverywhere(iface),
        deprecated,
        List.copyOf(described),
        gatherHelpers.of(request.methods(), described, request.gather()),
        Set.copyOf(suppressed),
        javaLang.in(request.packageName()),
        Modules.canUseGeneratedAnnotation(elements, request));
  }
}
