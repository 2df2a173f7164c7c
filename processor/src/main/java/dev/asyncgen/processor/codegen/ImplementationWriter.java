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
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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

  /**
   * The implementation's classes: {@code FooAsyncImpl} alone, or, for a large interface, the
   * abstract parts {@link dev.asyncgen.processor.model.FacadeRequest#implPartNames()} names
   * first, each holding a slice of the methods, and {@code FooAsyncImpl} last.
   */
  List<TypeSpec> write(FacadeDescriptor facade) {
    List<String> parts = facade.request().implPartNames();
    List<TypeSpec> classes = new ArrayList<>();
    for (int i = 0; i <= parts.size(); i++) {
      boolean last = i == parts.size();
      String name = last ? facade.request().implName() : parts.get(i);
      TypeSpec.Builder spec =
          TypeSpec.classBuilder(name)
              .addOriginatingElement(facade.request().annotated())
              .addJavadoc(last ? Javadocs.implementation(facade) : Javadocs.implementationPart(facade, i + 1, parts.size() + 1))
              .addAnnotations(FacadeWriter.typeAnnotations(facade))
              .addModifiers(last ? Modifier.FINAL : Modifier.ABSTRACT)
              .addTypeVariables(Signatures.typeVariables(facade));
      if (i == 0) {
        addFieldsAndConstructor(spec, facade, last);
      } else {
        spec.superclass(Signatures.generatedType(facade, parts.get(i - 1))).addMethod(superConstructor(facade));
      }
      int from = i * FacadeRequest.METHODS_PER_IMPL_CLASS;
      int to = Math.min(facade.methods().size(), from + FacadeRequest.METHODS_PER_IMPL_CLASS);
      addMethods(spec, facade, last ? facade.methods().subList(from, facade.methods().size()) : facade.methods().subList(from, to));
      if (last) {
        for (Member member : Member.values()) {
          if (!member.isStatic()) {
            spec.addMethod(instanceMember(member, facade));
          }
        }
      }
      classes.add(spec.build());
    }
    return classes;
  }

  /**
   * The delegate, the runtime and the constructor that sets them, in the first class. Private in a
   * single class; package-private where the parts that extend it need them.
   */
  private static void addFieldsAndConstructor(TypeSpec.Builder spec, FacadeDescriptor facade, boolean only) {
    TypeName syncType = TypeNames.plain().of(facade.syncType());
    String options = FacadeMembers.Parameter.OPTIONS.parameterName();
    Modifier[] modifiers = only ? new Modifier[] {Modifier.PRIVATE, Modifier.FINAL} : new Modifier[] {Modifier.FINAL};
    spec.addSuperinterface(Signatures.facadeType(facade))
        .addField(FieldSpec.builder(syncType, DELEGATE, modifiers).addJavadoc(Javadocs.delegateField()).build())
        .addField(
            FieldSpec.builder(RuntimeCalls.RUNTIME, RUNTIME, modifiers).addJavadoc(Javadocs.runtimeField()).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(Javadocs.constructor())
                .addParameter(syncType, DELEGATE)
                .addParameter(RuntimeCalls.ASYNC_OPTIONS, options)
                .addStatement("this.$N = $T.requireNonNull($N, $S)", DELEGATE, OBJECTS, DELEGATE, DELEGATE)
                .addStatement("this.$N = $L", RUNTIME, RuntimeCalls.newRuntime(CodeBlock.of("$N", options)))
                .build());
  }

  private static MethodSpec superConstructor(FacadeDescriptor facade) {
    String options = FacadeMembers.Parameter.OPTIONS.parameterName();
    return MethodSpec.constructorBuilder()
        .addJavadoc(Javadocs.constructor())
        .addParameter(TypeNames.plain().of(facade.syncType()), DELEGATE)
        .addParameter(RuntimeCalls.ASYNC_OPTIONS, options)
        .addStatement("super($N, $N)", DELEGATE, options)
        .build();
  }

  /** {@code methods}, then the gather helpers of those methods. */
  private static void addMethods(TypeSpec.Builder spec, FacadeDescriptor facade, List<MethodDescriptor> methods) {
    for (MethodDescriptor method : methods) {
      spec.addMethod(
          Signatures.method(method)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement("return $L", call(facade, method))
              .build());
    }
    Set<MethodDescriptor> these = Collections.newSetFromMap(new IdentityHashMap<>());
    these.addAll(methods);
    for (GatherHelper helper : facade.gatherHelpers()) {
      if (these.contains(helper.method())) {
        spec.addMethod(
            Signatures.gather(helper)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("return $L", gather(helper))
                .build());
      }
    }
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

  /** {@code this.runtime.<R>call("Foo.m", () -> this.delegate.m(a, b))}, and its kin. */
  private static CodeBlock call(FacadeDescriptor facade, MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    List<CodeBlock> arguments = new ArrayList<>();
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    CodeBlock receiver = CodeBlock.of("this.$N", DELEGATE);
    CodeBlock declaration = CodeBlock.of("");
    if (method.callThrough().isPresent()) {
      // Called on the delegate, the method would be ambiguous: see MethodDescriptor#callThrough
      String local = freshName(THROUGH, method);
      declaration = CodeBlock.of("$T $N = this.$N;\n", names.of(method.callThrough().get()), local, DELEGATE);
      receiver = CodeBlock.of("$N", local);
    }
    CodeBlock call =
        CodeBlock.builder()
            .add("$L.", receiver)
            .add(Signatures.typeWitnesses(method, names))
            .add("$N($L)", method.name(), CodeBlock.join(arguments, ", "))
            .build();
    return RuntimeCalls.call(
        method.kind(), callLabel(facade, method), names.of(method.resultType()), declaration, call);
  }

  /** The local the delegate is called through where that must name another interface. */
  private static final String THROUGH = "through";

  /** {@code base}, or {@code base1}, {@code base2}...: a name none of the method's parameters has. */
  private static String freshName(String base, MethodDescriptor method) {
    Set<String> taken = new HashSet<>();
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      taken.add(parameter.name());
    }
    String name = base;
    for (int i = 1; taken.contains(name); i++) {
      name = base + i;
    }
    return name;
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
