package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the facade's implementation {@code FooAsyncImpl}: each method hands its sync twin's call
 * to the runtime, each helper gathers calls of its method.
 */
final class ImplementationWriter {

  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final String DELEGATE = FacadeMembers.DELEGATE_FIELD;
  private static final String RUNTIME = FacadeMembers.RUNTIME_FIELD;

  TypeSpec write(FacadeDescriptor facade) {
    TypeName syncType = TypeNames.plain().of(facade.syncType());
    String options = FacadeMembers.Parameter.OPTIONS.parameterName();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(facade.request().implName())
            .addOriginatingElement(facade.request().annotated())
            .addJavadoc(Javadocs.implementation(facade))
            .addAnnotations(FacadeWriter.typeAnnotations(facade))
            .addModifiers(Modifier.FINAL)
            .addTypeVariables(Signatures.typeVariables(facade))
            .addSuperinterface(Signatures.facadeType(facade))
            .addField(FieldSpec.builder(syncType, DELEGATE, Modifier.PRIVATE, Modifier.FINAL).build())
            .addField(
                FieldSpec.builder(RuntimeCalls.RUNTIME, RUNTIME, Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(syncType, DELEGATE)
                    .addParameter(RuntimeCalls.ASYNC_OPTIONS, options)
                    .addStatement("this.$N = $T.requireNonNull($N, $S)", DELEGATE, OBJECTS, DELEGATE, DELEGATE)
                    .addStatement("this.$N = $L", RUNTIME, RuntimeCalls.newRuntime(CodeBlock.of("$N", options)))
                    .build());
    for (MethodDescriptor method : facade.methods()) {
      spec.addMethod(
          Signatures.method(method)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement("return $L", call(facade, method))
              .build());
    }
    for (GatherHelper helper : facade.gatherHelpers()) {
      spec.addMethod(
          Signatures.gather(helper)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement("return $L", gather(helper))
              .build());
    }
    for (Member member : Member.values()) {
      if (!member.isStatic()) {
        spec.addMethod(instanceMember(member, facade));
      }
    }
    return spec.build();
  }

  private static MethodSpec instanceMember(Member member, FacadeDescriptor facade) {
    MethodSpec.Builder method = Signatures.member(member, facade).addAnnotation(Override.class);
    return switch (member) {
      case WITH_OPTIONS -> method.addStatement(
              "return $L",
              InterfaceWriter.newImplementation(
                  facade,
                  CodeBlock.of("this.$N", DELEGATE),
                  CodeBlock.of(
                      "$N.apply($L)",
                      FacadeMembers.Parameter.OPTIONS_CHANGE.parameterName(),
                      RuntimeCalls.options())))
          .build();
      case TO_STRING -> method.addStatement(
              "return $S + this.$N + $S", facade.request().facadeName() + "[", DELEGATE, "]")
          .build();
      case OF, OF_EXECUTOR, OF_OPTIONS -> throw new IllegalArgumentException(member + " is static");
    };
  }

  /** {@code this.dispatcher.<R>call("Foo.m", () -> this.delegate.m(a, b))}, and its kin. */
  private static CodeBlock call(FacadeDescriptor facade, MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    List<CodeBlock> arguments = new ArrayList<>();
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    CodeBlock call =
        CodeBlock.builder()
            .add("this.$N.", DELEGATE)
            .add(Signatures.typeWitnesses(method, names))
            .add("$N($L)", method.name(), CodeBlock.join(arguments, ", "))
            .build();
    return RuntimeCalls.call(
        method.kind(), callLabel(facade, method), names.of(method.resultType()), call);
  }

  /** All of the helper's calls at once, fail fast, in order. */
  private static CodeBlock gather(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    CodeBlock.Builder call = CodeBlock.builder().add("this.").add(Signatures.typeWitnesses(method, names));
    TypeMirror parameter = method.parameters().get(0).type();
    if (parameter.getKind().isPrimitive()) {
      // Unbox explicitly: a bare Integer would pick remove(Object) over remove(int).
      call.add("$N(($T) $N)", method.name(), names.of(parameter), FacadeMembers.GATHER_ARGUMENT);
    } else {
      call.add("$N($N)", method.name(), FacadeMembers.GATHER_ARGUMENT);
    }
    return RuntimeCalls.gather(names.of(parameter).box(), names.of(method.resultType()), call.build());
  }

  /** How listeners and timeouts name a call: {@code Downloader.download}. */
  private static String callLabel(FacadeDescriptor facade, MethodDescriptor method) {
    TypeElement sync = facade.request().syncInterface();
    String packageName = facade.request().packageName();
    String qualified = sync.getQualifiedName().toString();
    String simple =
        !packageName.isEmpty() && qualified.startsWith(packageName + ".")
            ? qualified.substring(packageName.length() + 1)
            : sync.getSimpleName().toString();
    return simple + "." + method.name();
  }
}
