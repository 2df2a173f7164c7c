package dev.asyncgen.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * What one annotation asks for: a facade per interface it names, and what could not be read.
 *
 * @param use the annotation
 * @param requests one per interface: the annotated one, or each one {@code @Async.Of} lists
 * @param unresolvedListings class literals of {@code @Async.Of} naming types that do not exist
 *     yet, as written
 * @param nonTypeListings class literals of {@code @Async.Of} naming no class or interface at
 *     all, such as {@code int.class}
 */
public record DiscoveredUse(
    AnnotationUse use,
    List<FacadeRequest> requests,
    List<String> unresolvedListings,
    List<AnnotationValue> nonTypeListings) {

  /** Every type the use is waiting for, in its listings and in its interfaces' signatures. */
  public List<String> unresolvedTypes() {
    List<String> unresolved = new ArrayList<>(unresolvedListings);
    for (FacadeRequest request : requests) {
      unresolved.addAll(request.unresolvedTypes());
    }
    return unresolved;
  }
}
