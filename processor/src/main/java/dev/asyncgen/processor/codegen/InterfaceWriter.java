package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.FacadeMembers.Parameter;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import javax.lang.model.element.Modifier;

/** Writes the facade interface {@code FooAsync}: a method per sync method, helpers, factories. */
final class InterfaceWriter {

  private final Javadocs javadocs;

  InterfaceWriter(Javadocs javadocs) {
    this.javadocs = javadocs;
  }

  TypeSpec write(FacadeDescriptor facade) {
    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(facade.request().facadeName())
            .addOriginatingElement(facade.request().annotated())
            .addJavadoc(Javadocs.facadeInterface(facade))
            .addAnnotations(FacadeWriter.typeAnnotations(facade))
            .addTypeVariables(Signatures.typeVariables(facade));
    if (facade.isPublic()) {
      spec.addModifiers(Modifier.PUBLIC);
    }
    for (MethodDescriptor method : facade.methods()) {
      spec.addMethod(
          Signatures.method(method)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(javadocs.method(method))
              .build());
    }
    for (GatherHelper helper : facade.gatherHelpers()) {
      spec.addMethod(
          Signatures.gather(helper)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(javadocs.gather(helper))
              .build());
    }
    for (Member member : Member.values()) {
      if (member.onInterface()) {
        MethodSpec.Builder method =
            Signatures.member(member, facade).addJavadoc(Javadocs.member(member, facade));
        spec.addMethod(body(member, facade, method).build());
      }
    }
    return spec.build();
  }

  /** The factories build the implementation; the rest the implementation declares. */
  private static MethodSpec.Builder body(Member member, FacadeDescriptor facade, MethodSpec.Builder method) {
    CodeBlock delegate = CodeBlock.of("$N", Parameter.DELEGATE.parameterName());
    return switch (member) {
      case OF -> method.addStatement(
          "return $L", newImplementation(facade, delegate, RuntimeCalls.defaultOptions(facade)));
      case OF_EXECUTOR -> method.addStatement(
          "return $L",
          newImplementation(
              facade, delegate, RuntimeCalls.defaultOptions(facade, Parameter.EXECUTOR.parameterName())));
      case OF_OPTIONS -> method.addStatement(
          "return $L",
          newImplementation(facade, delegate, CodeBlock.of("$N", Parameter.OPTIONS.parameterName())));
      case WITH_OPTIONS, TO_STRING -> method.addModifiers(Modifier.ABSTRACT);
    };
  }

  /** {@code new FooAsyncImpl<>(delegate, options)}. */
  static CodeBlock newImplementation(FacadeDescriptor facade, CodeBlock delegate, CodeBlock options) {
    ClassName impl = ClassName.get(facade.request().packageName(), facade.request().implName());
    return CodeBlock.of(
        facade.typeVariables().isEmpty() ? "new $T($L, $L)" : "new $T<>($L, $L)",
        impl,
        delegate,
        options);
  }
}
