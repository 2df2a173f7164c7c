package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers.Member;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/** The generated Javadoc: what each facade member does, linked to its sync twin. */
final class Javadocs {

  private final Types types;

  Javadocs(Types types) {
    this.types = types;
  }

  static CodeBlock facadeInterface(FacadeDescriptor facade) {
    return CodeBlock.of(
        "Asynchronous facade of {@link $T}: each method calls its blocking twin on an\n"
            + "executor and returns a {@link $T} of the result at once.\n",
        ClassName.get(facade.request().syncInterface()),
        Signatures.COMPLETABLE_FUTURE);
  }

  static CodeBlock implementation(FacadeDescriptor facade) {
    return CodeBlock.of(
        "Implements {@link $L} by calling a {@link $T} through a {@link $T}.\n",
        facade.request().facadeName(),
        ClassName.get(facade.request().syncInterface()),
        RuntimeCalls.RUNTIME);
  }

  /** What a member declared on the facade interface does. */
  static CodeBlock member(Member member, FacadeDescriptor facade) {
    return switch (member) {
      case OF -> CodeBlock.of(
          "Returns a facade running each call of {@code delegate} on the default executor:\n"
              + "a virtual thread per call on JDK 21+, a bounded thread pool before.\n$L",
          timeoutNote(facade));
      case OF_EXECUTOR -> CodeBlock.of(
          "Returns a facade running each call of {@code delegate} on {@code executor}.\n$L",
          timeoutNote(facade));
      case OF_OPTIONS -> CodeBlock.of(
          "Returns a facade running each call of {@code delegate} as {@code options} say:\n"
              + "executor, timeout, concurrency limit, context propagation, listeners.\n");
      case WITH_OPTIONS -> CodeBlock.of(
          "Returns a copy of this facade, for the same delegate, whose options are {@code"
              + " change}\napplied to this one's, e.g. {@code withOptions(o ->"
              + " o.withTimeout(Duration.ofSeconds(2)))}.\nThis facade is left as it is.\n");
      case TO_STRING -> CodeBlock.of("");
    };
  }

  CodeBlock method(MethodDescriptor method) {
    String returns =
        switch (method.kind()) {
          case VALUE -> "a future of its result, failed with the exception it throws;\n"
              + "    cancelling the future interrupts the call";
          case VOID -> "a future completed with {@code null} when it returns, failed with the\n"
              + "    exception it throws; cancelling the future interrupts the call";
          case STAGE -> "a future that completes as the stage it returns does, failed with the\n"
              + "    exception it throws; cancelling the future cancels the call and the stage";
        };
    return CodeBlock.builder()
        .add("Calls {@link $T#$L($L)} on this facade's executor.\n\n",
            ClassName.get((TypeElement) method.linkType().asElement()),
            method.name(),
            erasedParameters(method.syncMethod()))
        .add("@return $L\n", returns)
        .build();
  }

  CodeBlock gather(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    return CodeBlock.builder()
        .add("Calls {@link #$L($L)} once for each of {@code args}, all at once,\n", method.name(),
            erasedParameters(method.syncMethod()))
        .add("like asyncio.gather.\n\n")
        .add("@return a future of the results, in the order of {@code args}; the first failure\n")
        .add("    fails it and cancels the calls still running\n")
        .build();
  }

  /** {@code String, int[]}: the erased parameter types, as a Javadoc link wants them. */
  private CodeBlock erasedParameters(ExecutableElement method) {
    List<CodeBlock> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(CodeBlock.of("$T", TypeNames.plain().of(types.erasure(parameter.asType()))));
    }
    return CodeBlock.join(parameters, ", ");
  }

  private static String timeoutNote(FacadeDescriptor facade) {
    return facade.request().timeout().isEmpty()
        ? ""
        : "Each call times out after " + facade.request().timeout().get() + ", as {@code @Async} says.\n";
  }
}
