package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.Diagnostics;
import dev.asyncgen.processor.model.DiscoveredUse;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.GatherHelpers;
import dev.asyncgen.processor.model.GatherSelection;
import dev.asyncgen.processor.model.ResolvedMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * The methods {@code gather} names: each a one-parameter method of an interface the annotation
 * names, which can have a helper. A name that matches nothing would silently give no helper, and
 * the user's call of it would fail far from the annotation.
 */
final class GatherChecks {

  /** How many candidates a message suggests. */
  private static final int SUGGESTIONS = 5;

  private final GatherHelpers helpers;

  GatherChecks(GatherHelpers helpers) {
    this.helpers = helpers;
  }

  void check(DiscoveredUse discovered, ValidationReport report) {
    List<FacadeRequest> requests = discovered.requests();
    if (requests.isEmpty() || !discovered.unresolvedTypes().isEmpty()) {
      return; // nothing to look in yet: the next round checks
    }
    GatherSelection selection = requests.get(0).gather();
    for (Map.Entry<String, AnnotationValue> listed : selection.names().entrySet()) {
      String name = listed.getKey();
      boolean found = false;
      boolean available = false;
      Set<String> candidates = new LinkedHashSet<>();
      for (FacadeRequest request : requests) {
        Map<Integer, String> names = helpers.names(request.methods());
        for (int i = 0; i < request.methods().size(); i++) {
          ResolvedMethod method = request.methods().get(i);
          if (method.type().getParameterTypes().size() != 1) {
            continue;
          }
          candidates.add(method.name());
          if (method.name().equals(name)) {
            found = true;
            available |= names.containsKey(i);
          }
        }
      }
      if (!found) {
        report.add(
            new Diagnostics.GatherUnknownMethod(name, interfaces(requests), first(candidates)),
            discovered.use().annotated(), discovered.use().annotation(), listed.getValue());
      } else if (!available) {
        report.add(
            new Diagnostics.GatherUnavailable(name),
            discovered.use().annotated(), discovered.use().annotation(), listed.getValue());
      }
    }
  }

  private static String interfaces(List<FacadeRequest> requests) {
    List<String> names = new ArrayList<>();
    for (FacadeRequest request : requests) {
      names.add(request.syncInterface().getQualifiedName().toString());
    }
    return String.join(", ", names);
  }

  private static List<String> first(Set<String> candidates) {
    return candidates.stream().limit(SUGGESTIONS).toList();
  }
}
