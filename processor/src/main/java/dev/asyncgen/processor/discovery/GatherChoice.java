package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.GatherSelection;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads an annotation's {@code gather}: as given, else the default its declaration gives ({@code
 * "*"} for {@code @Async}, none for {@code @Async.Of}). A runtime older than the attribute had
 * no choice to offer: every one-parameter method got a helper, and still does.
 */
final class GatherChoice {

  private static final String ATTRIBUTE = "gather";

  private GatherChoice() {}

  static GatherSelection of(AnnotationUse use) {
    AnnotationValue given = use.attribute(ATTRIBUTE);
    AnnotationValue value = given != null ? given : declaredDefault(use);
    if (value == null) {
      return GatherSelection.EVERY;
    }
    boolean all = false;
    Map<String, AnnotationValue> names = new LinkedHashMap<>();
    for (AnnotationValue element : Workarounds.arrayElements(value)) {
      if (!(element.getValue() instanceof String name)) {
        continue; // javac reports what is not a string
      }
      if (name.equals(GatherSelection.ALL)) {
        all = true;
      } else {
        names.putIfAbsent(name, given != null ? element : null);
      }
    }
    return new GatherSelection(all, Collections.unmodifiableMap(names));
  }

  private static AnnotationValue declaredDefault(AnnotationUse use) {
    Element type = use.annotation().getAnnotationType().asElement();
    List<ExecutableElement> attributes = ElementFilter.methodsIn(type.getEnclosedElements());
    for (ExecutableElement attribute : attributes) {
      if (attribute.getSimpleName().contentEquals(ATTRIBUTE)) {
        return attribute.getDefaultValue();
      }
    }
    return null;
  }
}
