package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.model.FacadeRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** The facades this compilation writes, by qualified name, with the interface each wraps. */
public final class GeneratedFacades {

  private final Map<String, TypeElement> byName = new HashMap<>();

  /**
   * Records that {@code request}'s facade will be written; {@code false} if the same facade of the
   * same interface was recorded already (asked for twice), and must not be written again.
   */
  public boolean add(FacadeRequest request) {
    return byName.putIfAbsent(request.qualifiedFacadeName(), request.syncInterface()) == null;
  }

  /** The interface whose facade has this qualified name, if one is written. */
  Optional<TypeElement> wrappedBy(String qualifiedFacadeName) {
    return Optional.ofNullable(byName.get(qualifiedFacadeName));
  }
}
