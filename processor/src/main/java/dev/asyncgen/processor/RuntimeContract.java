package dev.asyncgen.processor;

import dev.asyncgen.processor.types.KnownTypes;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The generated-code contract: generated code calls {@value #RUNTIME_CLASS} and takes {@code
 * AsyncOptions}, and each facade's provider implements {@value #PROVIDER_CLASS}; nothing else of
 * the runtime. The runtime on the class path says which version of that surface it offers in
 * {@code FacadeRuntime.CONTRACT_VERSION}. The processor writes code
 * for {@link #VERSION} only: with any other runtime, one clear error instead of facades that
 * fail to compile, or fail when they run.
 */
final class RuntimeContract {

  /** The version of the contract this processor writes code for. */
  static final int VERSION = 1;

  static final String RUNTIME_CLASS = "dev.asyncgen.internal.FacadeRuntime";

  static final String PROVIDER_CLASS = KnownTypes.FACADE_PROVIDER;

  private RuntimeContract() {}

  /** Why the runtime on the class path cannot run what this processor writes; empty if it can. */
  static Optional<Diagnostics.RuntimeMismatch> check(Elements elements) {
    TypeElement runtime = elements.getTypeElement(RUNTIME_CLASS);
    if (runtime == null) {
      return Optional.of(
          new Diagnostics.RuntimeMismatch(
              "has no " + RUNTIME_CLASS + ", so it is older than the generated-code contract",
              VERSION));
    }
    Object found = null;
    for (VariableElement field : ElementFilter.fieldsIn(runtime.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals("CONTRACT_VERSION")) {
        found = field.getConstantValue();
      }
    }
    if (!Integer.valueOf(VERSION).equals(found)) {
      return Optional.of(
          new Diagnostics.RuntimeMismatch(
              found == null
                  ? "has a " + RUNTIME_CLASS + " without a CONTRACT_VERSION"
                  : "speaks generated-code contract " + found,
              VERSION));
    }
    if (elements.getTypeElement(PROVIDER_CLASS) == null) {
      // Snapshots of contract 1 from before the facade registry: the providers would not compile.
      return Optional.of(
          new Diagnostics.RuntimeMismatch(
              "has no " + PROVIDER_CLASS + ", so it is an early snapshot of contract " + VERSION,
              VERSION));
    }
    return Optional.empty();
  }
}
