package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.MethodDescriptor.CallKind;
import java.time.Duration;

/**
 * The runtime surface generated code calls, {@code dev.asyncgen.internal.FacadeRuntime} (and
 * {@code AsyncOptions}, which facades take and hand out): the one place in the processor that
 * names it. A facade's implementation keeps a {@code FacadeRuntime} per instance, made from its
 * options, and asks it to run each call. What this class may call is the contract whose version
 * {@code RuntimeContract} checks.
 */
final class RuntimeCalls {

  static final ClassName ASYNC_OPTIONS = ClassName.get("dev.asyncgen", "AsyncOptions");
  static final ClassName RUNTIME = ClassName.get("dev.asyncgen.internal", "FacadeRuntime");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");

  private RuntimeCalls() {}

  /** The runtime of a new facade instance, from {@code options}. */
  static CodeBlock newRuntime(CodeBlock options) {
    return CodeBlock.of("$T.of($L)", RUNTIME, options);
  }

  /** The options the facade instance was made with, for {@code withOptions}. */
  static CodeBlock options() {
    return CodeBlock.of("this.$N.options()", FacadeMembers.RUNTIME_FIELD);
  }

  /** The options of {@code of(delegate)}: the defaults, with the annotation's timeout if any. */
  static CodeBlock defaultOptions(FacadeDescriptor facade) {
    return facade.request().timeout().isEmpty()
        ? CodeBlock.of("$T.defaults()", RUNTIME)
        : CodeBlock.of("$T.defaults($L)", RUNTIME, duration(facade.request().timeout().get()));
  }

  /** The options of {@code of(delegate, executor)}. */
  static CodeBlock defaultOptions(FacadeDescriptor facade, String executor) {
    return facade.request().timeout().isEmpty()
        ? CodeBlock.of("$T.defaults($N)", RUNTIME, executor)
        : CodeBlock.of(
            "$T.defaults($N, $L)", RUNTIME, executor, duration(facade.request().timeout().get()));
  }

  /**
   * Runs {@code call} on the runtime, as {@code kind} says; the future's type is {@code result}.
   * {@code declaration}, if not empty, is a local variable's that {@code call} needs: the lambda
   * then has a block for a body.
   */
  static CodeBlock call(CallKind kind, String label, TypeName result, CodeBlock declaration, CodeBlock call) {
    CodeBlock body =
        declaration.isEmpty()
            ? call
            : CodeBlock.of("{\n$>$L$L$L;\n$<}", declaration, kind == CallKind.VOID ? "" : "return ", call);
    String runtime = FacadeMembers.RUNTIME_FIELD;
    return switch (kind) {
      case VOID -> CodeBlock.of("this.$N.run($S, () -> $L)", runtime, label, body);
      case VALUE -> CodeBlock.of("this.$N.<$T>call($S, () -> $L)", runtime, result, label, body);
      case STAGE -> CodeBlock.of("this.$N.<$T>callStage($S, () -> $L)", runtime, result, label, body);
    };
  }

  /** Calls {@code call} once per element of the helper's arguments, results in their order. */
  static CodeBlock gather(TypeName argument, TypeName result, CodeBlock call) {
    return CodeBlock.of(
        "$T.<$T, $T>gather($N, $N -> $L)",
        RUNTIME, argument, result,
        FacadeMembers.GATHER_ARGUMENTS, FacadeMembers.GATHER_ARGUMENT, call);
  }

  /**
   * {@code Duration.ofSeconds(5)}: the shortest spelling of {@code timeout} that is exact, whatever
   * its length (a timeout of centuries has more nanoseconds than a {@code long} holds).
   */
  private static CodeBlock duration(Duration timeout) {
    long seconds = timeout.getSeconds();
    int nanos = timeout.getNano();
    if (nanos == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", DURATION, literal(seconds));
    }
    if (nanos % 1_000_000 == 0 && Math.abs(seconds) < Long.MAX_VALUE / 1_000 - 1) {
      return CodeBlock.of("$T.ofMillis($L)", DURATION, literal(seconds * 1_000 + nanos / 1_000_000));
    }
    if (Math.abs(seconds) < Long.MAX_VALUE / 1_000_000_000 - 1) {
      return CodeBlock.of("$T.ofNanos($LL)", DURATION, seconds * 1_000_000_000 + nanos);
    }
    return CodeBlock.of("$T.ofSeconds($L, $L)", DURATION, literal(seconds), nanos);
  }

  /** {@code 5}, or {@code 10800000000L} where an {@code int} cannot hold it. */
  private static String literal(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }
}
