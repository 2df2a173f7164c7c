package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.AnnotationUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Annotations whose interfaces mention types that do not exist yet (another processor may write
 * them), kept by name from one round to the next: a round's elements are not to be used in the
 * next.
 */
public final class DeferredUses {

  private final Map<Key, String> deferred = new LinkedHashMap<>();

  /** Waits for another round to try {@code use} again, for want of {@code unresolvedTypes}. */
  public void defer(AnnotationUse use, List<String> unresolvedTypes) {
    deferred.put(Key.of(use), String.join(", ", unresolvedTypes));
  }

  /** The uses deferred so far, looked up afresh in this round; no longer deferred. */
  public List<AnnotationUse> retry(Elements elements) {
    List<AnnotationUse> uses = new ArrayList<>(lookUp(elements).keySet());
    deferred.clear();
    return uses;
  }

  /** The uses still deferred, each with the types it waits for; no longer deferred. */
  public Map<AnnotationUse, String> giveUp(Elements elements) {
    Map<AnnotationUse, String> left = lookUp(elements);
    deferred.clear();
    return left;
  }

  private Map<AnnotationUse, String> lookUp(Elements elements) {
    Map<AnnotationUse, String> found = new LinkedHashMap<>();
    for (Map.Entry<Key, String> entry : deferred.entrySet()) {
      Key key = entry.getKey();
      Element element =
          key.isPackage()
              ? elements.getPackageElement(key.name())
              : elements.getTypeElement(key.name());
      if (element != null) {
        List<AnnotationUse> uses = AnnotationUses.on(element);
        if (key.index() < uses.size()) {
          found.put(uses.get(key.index()), entry.getValue());
        }
      }
    }
    return found;
  }

  /** An annotation on a type or package, by the element's name and the annotation's place. */
  private record Key(boolean isPackage, String name, int index) {

    static Key of(AnnotationUse use) {
      Element element = use.annotated();
      return element instanceof PackageElement pkg
          ? new Key(true, pkg.getQualifiedName().toString(), use.index())
          : new Key(false, ((TypeElement) element).getQualifiedName().toString(), use.index());
    }
  }
}
