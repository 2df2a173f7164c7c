package dev.asyncgen.processor.model;

import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import dev.asyncgen.processor.types.KnownTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * javac's {@code -Xlint:overloads} flags overloads of the same arity that take different
 * functional interfaces at the same position (a lambda could fit both). The facade repeats the
 * sync interface's overloads, so it repeats the warning: say so once, on the facade. Its own
 * members count too: a sync method {@code of(Api, Consumer)} meets {@code of(Api, Executor)}, and
 * {@code withOptions(Function)} meets {@code withOptions(UnaryOperator<AsyncOptions>)}. A varargs
 * parameter counts by its element type, which is what a lambda would have to fit.
 */
final class OverloadAmbiguity {

  private final Elements elements;
  private final Types types;
  private final FacadeMembers.Signatures members;

  OverloadAmbiguity(Elements elements, Types types, KnownTypes known) {
    this.elements = elements;
    this.types = types;
    this.members = new FacadeMembers.Signatures(known, types);
  }

  /** Whether the facade of {@code site} with {@code methods} draws the warning. */
  boolean isAmbiguous(DeclaredType site, List<MethodDescriptor> methods) {
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
    for (Member member : Member.values()) {
      Optional<List<TypeMirror>> parameters = members.parameterTypes(member, site);
      if (member.onInterface() && parameters.isPresent()) {
        overloads.add(new Overload(member.memberName(), parameters.get()));
      }
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
