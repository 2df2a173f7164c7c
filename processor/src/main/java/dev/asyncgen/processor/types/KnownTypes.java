package dev.asyncgen.processor.types;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The JDK's and the runtime's types that the passes compare against, each looked up once per
 * compilation: javac looks a name up in every module, at every call.
 */
public final class KnownTypes {

  private final Elements elements;
  private final Map<String, Optional<TypeElement>> found = new HashMap<>();

  public KnownTypes(Elements elements) {
    this.elements = elements;
  }

  /** The type of that name; empty if the class path lacks it. */
  public Optional<TypeElement> named(String qualifiedName) {
    return found.computeIfAbsent(qualifiedName, name -> Optional.ofNullable(elements.getTypeElement(name)));
  }

  /** The type of that name, which every compilation has: {@code java.lang.Object}, say. */
  public TypeElement jdk(String qualifiedName) {
    return named(qualifiedName)
        .orElseThrow(() -> new IllegalStateException(qualifiedName + " is not on the platform"));
  }
}
