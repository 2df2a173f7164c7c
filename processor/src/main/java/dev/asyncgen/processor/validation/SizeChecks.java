package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.GatherHelpers;
import dev.asyncgen.processor.model.ResolvedMethod;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The facade interface must fit in a class file, which holds at most 65,535 constant-pool entries.
 * Each of its methods needs three at most (name, descriptor, generic signature), each distinct
 * parameter name one more (under {@code -parameters}), and the rest a hundred or so. The
 * implementation is split into as many classes as it takes ({@link
 * FacadeRequest#implPartNames()}); the interface, which users name, is not. Only an interface of
 * some 20,000 methods comes near the limit: better an error that says so than javac's "too many
 * constants" in a file the user did not write.
 */
final class SizeChecks {

  static final int CONSTANT_POOL_LIMIT = 65_535;

  /** The facade interface's own entries: its factories, class names, annotations. */
  private static final int FIXED_ENTRIES = 150;

  private final GatherHelpers helpers;

  SizeChecks(GatherHelpers helpers) {
    this.helpers = helpers;
  }

  void check(FacadeRequest request, ValidationReport report) {
    int members = request.methods().size();
    for (Integer helper : helpers.names(request.methods()).keySet()) {
      if (request.gather().selects(request.methods().get(helper).name())) {
        members++;
      }
    }
    Set<String> parameterNames = new HashSet<>();
    for (ResolvedMethod method : request.methods()) {
      for (VariableElement parameter : method.element().getParameters()) {
        parameterNames.add(parameter.getSimpleName().toString());
      }
    }
    long entries = FIXED_ENTRIES + 3L * members + parameterNames.size();
    if (entries > CONSTANT_POOL_LIMIT) {
      report.add(
          new Diagnostics.FacadeTooLarge(request.qualifiedFacadeName(), members, entries, CONSTANT_POOL_LIMIT),
          request.annotated(), request.annotation(), request.listedAs());
    }
  }
}
