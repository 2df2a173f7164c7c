package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * The generated Javadoc: what each facade member does, linked to its sync twin. Complete enough
 * for {@code -Xdoclint:all} and {@code javadoc -Xwerror}: every type parameter and parameter has
 * its {@code @param}, every method that returns something its {@code @return}.
 */
final class Javadocs {

  private final Types types;

  Javadocs(Types types) {
    this.types = types;
  }

  /**
   * What every method of the facade does, said once here rather than on each of them: a facade of
   * a large interface is mostly its Javadoc, which the processor writes and javac reads again.
   */
  static CodeBlock facadeInterface(FacadeDescriptor facade) {
    return CodeBlock.builder()
        .add(
            "Asynchronous facade of {@link $T}: each method calls its blocking twin on an\n"
                + "executor and returns a {@link $T} of the result at once. The future fails\n"
                + "with the exception the call throws; cancelling it interrupts the call, and\n"
                + "cancels the stage the call returned, if it returns one.\n",
            ClassName.get(facade.request().syncInterface()),
            Signatures.COMPLETABLE_FUTURE)
        .add(typeParameters(facade))
        .build();
  }

  static CodeBlock implementation(FacadeDescriptor facade) {
    return CodeBlock.builder()
        .add(
            "Implements {@link $L} by calling a {@link $T} through a {@link $T}.\n",
            facade.request().facadeName(),
            ClassName.get(facade.request().syncInterface()),
            RuntimeCalls.RUNTIME)
        .add(typeParameters(facade))
        .build();
  }

  /** One of the abstract classes a large implementation is split into. */
  static CodeBlock implementationPart(FacadeDescriptor facade, int part, int of) {
    return CodeBlock.builder()
        .add(
            "Part $L of $L of {@link $L}, which implements {@link $L}: the methods are split\n"
                + "over several classes so that each stays well inside the class-file limits.\n",
            part, of, facade.request().implName(), facade.request().facadeName())
        .add(typeParameters(facade))
        .build();
  }

  /** The implementation's constructor. */
  static CodeBlock constructor() {
    return CodeBlock.builder()
        .add("Makes a facade of {@code $N} whose calls run as {@code $N} say.\n\n",
            FacadeMembers.Parameter.DELEGATE.parameterName(), FacadeMembers.Parameter.OPTIONS.parameterName())
        .add(parameter(FacadeMembers.Parameter.DELEGATE))
        .add(parameter(FacadeMembers.Parameter.OPTIONS))
        .build();
  }

  static CodeBlock delegateField() {
    return CodeBlock.of("The object whose methods the facade calls.\n");
  }

  static CodeBlock runtimeField() {
    return CodeBlock.of("Runs each call as the facade's options say.\n");
  }

  /** What a member declared on the facade interface does. */
  static CodeBlock member(Member member, FacadeDescriptor facade) {
    CodeBlock.Builder doc = CodeBlock.builder();
    switch (member) {
      case OF -> doc.add(
          "Returns a facade running each call of {@code delegate} on the default executor:\n"
              + "a virtual thread per call on JDK 21+, a bounded thread pool before.\n$L",
          timeoutNote(facade));
      case OF_EXECUTOR -> doc.add(
          "Returns a facade running each call of {@code delegate} on {@code executor}.\n$L",
          timeoutNote(facade));
      case OF_OPTIONS -> doc.add(
          "Returns a facade running each call of {@code delegate} as {@code options} say:\n"
              + "executor, timeout, concurrency limit, context propagation, listeners.\n");
      case WITH_OPTIONS -> doc.add(
          "Returns a copy of this facade, for the same delegate, whose options are {@code"
              + " change}\napplied to this one's, e.g. {@code withOptions(o ->"
              + " o.withTimeout(Duration.ofSeconds(2)))}.\nThis facade is left as it is.\n");
      case TO_STRING -> {
        return doc.build(); // the implementation's, inherited from Object's
      }
    }
    doc.add("\n");
    if (member.isStatic()) {
      doc.add(typeParameterTags(facade));
    }
    for (FacadeMembers.Parameter parameter : member.parameters()) {
      doc.add(parameter(parameter));
    }
    return doc.add("@return $L\n", member.isStatic() ? "the facade" : "the new facade").build();
  }

  CodeBlock method(MethodDescriptor method) {
    String returns =
        switch (method.kind()) {
          case VALUE -> "a future of its result";
          case VOID -> "a future of {@code null}, once it returns";
          case STAGE -> "a future of the result of the stage it returns";
        };
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("Calls {@link $T#$L($L)} on this facade's executor.\n\n",
                ClassName.get((TypeElement) method.linkType().asElement()),
                method.name(),
                erasedSyncParameters(method.syncMethod()))
            .add(methodTypeParameters(method));
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      doc.add("@param $L passed on\n", parameter.name());
    }
    return doc.add("@return $L\n", returns).build();
  }

  CodeBlock gather(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    return CodeBlock.builder()
        .add("Calls {@link #$L($L)} once for each of {@code $N}, all at once,\n", method.name(),
            erasedFacadeParameters(method), FacadeMembers.GATHER_ARGUMENTS)
        .add("like asyncio.gather.\n\n")
        .add(methodTypeParameters(method))
        .add("@param $N the arguments, one call each\n", FacadeMembers.GATHER_ARGUMENTS)
        .add("@return a future of the results, in the order of {@code $N}; the first failure\n",
            FacadeMembers.GATHER_ARGUMENTS)
        .add("    fails it and cancels the calls still running\n")
        .build();
  }

  private static CodeBlock parameter(FacadeMembers.Parameter parameter) {
    String what =
        switch (parameter) {
          case DELEGATE -> "the object whose methods the facade calls";
          case EXECUTOR -> "the executor each call runs on";
          case OPTIONS -> "how the facade's calls run";
          case OPTIONS_CHANGE -> "makes the copy's options from this facade's";
        };
    return CodeBlock.of("@param $N $L\n", parameter.parameterName(), what);
  }

  /** A blank line and the interface's type parameters' tags, or nothing. */
  private static CodeBlock typeParameters(FacadeDescriptor facade) {
    return facade.typeVariables().isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("\n$L", typeParameterTags(facade));
  }

  private static CodeBlock typeParameterTags(FacadeDescriptor facade) {
    CodeBlock.Builder tags = CodeBlock.builder();
    for (TypeVariable variable : facade.typeVariables()) {
      String name = variable.asElement().getSimpleName().toString();
      tags.add("@param <$L> the {@code $L} of {@link $T}\n", name, name,
          ClassName.get(facade.request().syncInterface()));
    }
    return tags.build();
  }

  private static CodeBlock methodTypeParameters(MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    CodeBlock.Builder tags = CodeBlock.builder();
    for (TypeVariable variable : method.typeVariables()) {
      tags.add("@param <$L> its {@code $L}\n", names.declaration(variable).name(),
          variable.asElement().getSimpleName());
    }
    return tags.build();
  }

  /** {@code String, int[]}: the sync method's erased parameter types, as a Javadoc link wants them. */
  private CodeBlock erasedSyncParameters(ExecutableElement method) {
    List<TypeMirror> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(parameter.asType());
    }
    return erased(parameters);
  }

  /** The facade method's erased parameter types: the sync method's as members of the interface. */
  private CodeBlock erasedFacadeParameters(MethodDescriptor method) {
    List<TypeMirror> parameters = new ArrayList<>();
    for (MethodDescriptor.Parameter parameter : method.parameters()) {
      parameters.add(parameter.type());
    }
    return erased(parameters);
  }

  private CodeBlock erased(List<TypeMirror> types) {
    List<CodeBlock> erased = new ArrayList<>();
    for (TypeMirror type : types) {
      erased.add(CodeBlock.of("$T", TypeNames.plain().of(this.types.erasure(type))));
    }
    return CodeBlock.join(erased, ", ");
  }

  private static String timeoutNote(FacadeDescriptor facade) {
    return facade.request().timeout().isEmpty()
        ? ""
        : "Each call times out after " + facade.request().timeout().get() + ", as {@code @Async} says.\n";
  }
}
