package dev.asyncgen.processor.validation;

import dev.asyncgen.processor.model.FacadeRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** The facades this compilation writes, by qualified name, with the interface each wraps. */
public final class GeneratedFacades {

  private final Map<String, FacadeRequest> byName = new HashMap<>();

  /**
   * Records that {@code request}'s facade will be written. If the same facade of the same interface
   * was recorded already (asked for twice), returns that first request instead: the facade is
   * written once, as that one asks.
   */
  public Optional<FacadeRequest> addOrFirst(FacadeRequest request) {
    return Optional.ofNullable(byName.putIfAbsent(request.qualifiedFacadeName(), request));
  }

  /** The interface whose facade has this qualified name, if one is written. */
  Optional<TypeElement> wrappedBy(String qualifiedFacadeName) {
    return Optional.ofNullable(byName.get(qualifiedFacadeName)).map(FacadeRequest::syncInterface);
  }
}
