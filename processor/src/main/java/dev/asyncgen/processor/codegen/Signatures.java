package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeVariable;

/** Signatures shared by the facade interface and its implementation. */
final class Signatures {

  static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName EXECUTOR = ClassName.get("java.util.concurrent", "Executor");
  private static final ClassName UNARY_OPERATOR =
      ClassName.get("java.util.function", "UnaryOperator");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");

  private Signatures() {}

  /** A facade method's name, type variables, parameters and return type. */
  static MethodSpec.Builder method(MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name());
    for (TypeVariable variable : method.typeVariables()) {
      spec.addTypeVariable(names.declaration(variable));
    }
    for (Parameter parameter : method.parameters()) {
      spec.addParameter(ParameterSpec.builder(names.of(parameter.type()), parameter.name()).build());
    }
    annotate(spec, method);
    return spec.varargs(method.varargs())
        .returns(ParameterizedTypeName.get(COMPLETABLE_FUTURE, names.of(method.resultType())));
  }

  /** {@code gatherM(Collection<? extends P> args)}, returning a future of the list of results. */
  static MethodSpec.Builder gather(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(helper.name());
    for (TypeVariable variable : method.typeVariables()) {
      spec.addTypeVariable(names.declaration(variable));
    }
    TypeName element = names.of(method.parameters().get(0).type()).box();
    spec.addParameter(
        ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(element)),
        FacadeMembers.GATHER_ARGUMENTS);
    annotate(spec, method);
    return spec.returns(
        ParameterizedTypeName.get(
            COMPLETABLE_FUTURE, ParameterizedTypeName.get(LIST, names.of(method.resultType()))));
  }

  /** One of the facade's own members, as {@link FacadeMembers} describes it. */
  static MethodSpec.Builder member(Member member, FacadeDescriptor facade) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(member.memberName()).addModifiers(Modifier.PUBLIC);
    if (member.isStatic()) {
      spec.addModifiers(Modifier.STATIC).addTypeVariables(typeVariables(facade));
    }
    for (FacadeMembers.Parameter parameter : member.parameters()) {
      spec.addParameter(parameterType(parameter, facade), parameter.parameterName());
    }
    return spec.returns(
        switch (member) {
          case OF, OF_EXECUTOR, OF_OPTIONS, WITH_OPTIONS -> facadeType(facade);
          case TO_STRING -> ClassName.get(String.class);
        });
  }

  static TypeName parameterType(FacadeMembers.Parameter parameter, FacadeDescriptor facade) {
    return switch (parameter) {
      case DELEGATE -> TypeNames.plain().of(facade.syncType());
      case EXECUTOR -> EXECUTOR;
      case OPTIONS -> RuntimeCalls.ASYNC_OPTIONS;
      case OPTIONS_CHANGE -> ParameterizedTypeName.get(UNARY_OPERATOR, RuntimeCalls.ASYNC_OPTIONS);
    };
  }

  /**
   * {@code <A, B>} before a call of a generic method, or nothing: pins the call to the facade
   * method's own type arguments instead of whatever inference inside a lambda would choose.
   */
  static CodeBlock typeWitnesses(MethodDescriptor method, TypeNames names) {
    if (method.typeVariables().isEmpty()) {
      return CodeBlock.of("");
    }
    List<CodeBlock> witnesses = new ArrayList<>();
    for (TypeVariable variable : method.typeVariables()) {
      witnesses.add(CodeBlock.of("$T", names.of(variable)));
    }
    return CodeBlock.of("<$L>", CodeBlock.join(witnesses, ", "));
  }

  /** The facade interface as a type: {@code FooAsync<T>}. */
  static TypeName facadeType(FacadeDescriptor facade) {
    return generatedType(facade, facade.request().facadeName());
  }

  /** A type the processor generates for {@code facade}, named {@code simpleName}: {@code FooAsyncImplPart1<T>}. */
  static TypeName generatedType(FacadeDescriptor facade, String simpleName) {
    ClassName name = ClassName.get(facade.request().packageName(), simpleName);
    if (facade.typeVariables().isEmpty()) {
      return name;
    }
    List<TypeName> arguments = new ArrayList<>();
    for (TypeVariable variable : facade.typeVariables()) {
      arguments.add(TypeNames.plain().of(variable));
    }
    return ParameterizedTypeName.get(name, arguments.toArray(new TypeName[0]));
  }

  /** The facade's type variables, as the interface declares them. */
  static List<TypeVariableName> typeVariables(FacadeDescriptor facade) {
    List<TypeVariableName> variables = new ArrayList<>();
    for (TypeVariable variable : facade.typeVariables()) {
      variables.add(TypeNames.plain().declaration(variable));
    }
    return variables;
  }

  static Optional<AnnotationSpec> suppressWarnings(Collection<String> warnings) {
    if (warnings.isEmpty()) {
      return Optional.empty();
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(SuppressWarnings.class);
    for (String warning : new TreeSet<>(warnings)) {
      spec.addMember("value", "$S", warning);
    }
    return Optional.of(spec.build());
  }

  private static void annotate(MethodSpec.Builder spec, MethodDescriptor method) {
    method.deprecated().ifPresent(deprecated -> spec.addAnnotation(AnnotationSpec.get(deprecated)));
    suppressWarnings(method.suppressedWarnings()).ifPresent(spec::addAnnotation);
  }
}
