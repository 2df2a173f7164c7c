package dev.asyncgen.processor.model;

import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One facade to write, as discovered: which interface, where the facade goes and what it is
 * called. Nothing is validated yet.
 *
 * @param syncInterface the synchronous interface the facade wraps
 * @param annotated the element carrying the annotation: the interface itself for {@code @Async},
 *     the annotated type or package for {@code @Async.Of}; problems are reported on it, and it is
 *     the generated files' originating element
 * @param annotation the {@code @Async} or {@code @Async.Of} on {@code annotated}
 * @param packageName the package the facade goes into
 * @param facadeName the facade interface's simple name
 * @param timeout the {@code timeout} attribute, the default timeout of the facade's calls
 */
public record FacadeRequest(
    TypeElement syncInterface,
    Element annotated,
    AnnotationMirror annotation,
    String packageName,
    String facadeName,
    Optional<Duration> timeout) {

  /** The simple name of the generated implementation class. */
  public String implName() {
    return facadeName + "Impl";
  }

  public String qualifiedFacadeName() {
    return packageName.isEmpty() ? facadeName : packageName + "." + facadeName;
  }

  public String qualifiedImplName() {
    return packageName.isEmpty() ? implName() : packageName + "." + implName();
  }
}
