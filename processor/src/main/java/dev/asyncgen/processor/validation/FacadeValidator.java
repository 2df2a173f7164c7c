package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.model.DiscoveredUse;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.GatherHelpers;
import dev.asyncgen.processor.types.KnownTypes;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks, in one pass over everything discovery found, that an annotation's facades can be
 * written, and reports every problem, each on the most specific element, before anything is
 * written: the annotation's attributes, the interfaces it names, the facades' names, and the
 * methods' signatures. A facade whose interface waits for types from a later round has its name
 * checked all the same; only its methods wait.
 */
public final class FacadeValidator {

  private final AnnotationChecks annotations;
  private final NameChecks names;
  private final SignatureChecks signatures;
  private final GatherChecks gather;
  private final SizeChecks sizes;

  public FacadeValidator(
      Elements elements, Types types, KnownTypes known, GeneratedFacades generated) {
    this.annotations = new AnnotationChecks(elements);
    this.names = new NameChecks(elements, types, generated);
    this.signatures = new SignatureChecks(elements, types, known);
    GatherHelpers helpers = new GatherHelpers(types, known);
    this.gather = new GatherChecks(helpers);
    this.sizes = new SizeChecks(helpers);
  }

  public ValidationReport validate(DiscoveredUse discovered) {
    ValidationReport report = new ValidationReport();
    annotations.checkAttributes(discovered, report);
    Map<String, TypeElement> namedByThisUse = new HashMap<>();
    for (FacadeRequest request : discovered.requests()) {
      if (annotations.checkTarget(request, report)
          && names.check(request, namedByThisUse, report)) {
        signatures.check(request, report);
        sizes.check(request, report);
      }
    }
    gather.check(discovered, report);
    return report;
  }
}
