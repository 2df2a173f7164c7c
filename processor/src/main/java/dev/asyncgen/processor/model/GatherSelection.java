package dev.asyncgen.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/**
 * Which one-parameter methods get a gather helper, as the annotation's {@code gather} says: every
 * one ({@code "*"}), or those of the names it lists.
 *
 * @param all whether {@code "*"} is listed
 * @param names the method names listed, in order, each with the value that lists it, where a
 *     problem with it is reported ({@code null} for a default)
 */
public record GatherSelection(boolean all, Map<String, AnnotationValue> names) {

  /** The name that selects every one-parameter method. */
  public static final String ALL = "*";

  public static final GatherSelection EVERY = new GatherSelection(true, Map.of());

  public boolean selects(String methodName) {
    return all || names.containsKey(methodName);
  }
}
