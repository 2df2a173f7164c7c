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

  /** What each facade's provider implements, for the registry: part of the runtime contract. */
  public static final String FACADE_PROVIDER = "dev.asyncgen.spi.FacadeProvider";

  /** The mark on each provider the processor writes, kept in class files. */
  public static final String FACADE_PROVIDER_REGISTERED = FACADE_PROVIDER + ".Registered";

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
