package dev.asyncgen.processor.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * One facade to write, as discovered: which interface, where the facade goes, what it is called,
 * and the methods it wraps. Nothing is validated yet.
 *
 * @param use the annotation asking for it
 * @param syncInterface the synchronous interface the facade wraps (validation checks that it is
 *     one)
 * @param listedAs for {@code @Async.Of}, the class literal that lists the interface, where problems
 *     with it are reported; {@code null} for {@code @Async}
 * @param packageName the package the facade goes into
 * @param facadeName the facade interface's simple name
 * @param timeout the {@code timeout} attribute, the default timeout of the facade's calls; empty
 *     if none is given (or if it is not a duration, which validation reports)
 * @param methods the methods the facade wraps, each resolved once; empty until {@code
 *     unresolvedTypes} is
 * @param unresolvedTypes types the interface mentions that do not exist yet, as written
 */
public record FacadeRequest(
    AnnotationUse use,
    TypeElement syncInterface,
    AnnotationValue listedAs,
    String packageName,
    String facadeName,
    Optional<Duration> timeout,
    List<ResolvedMethod> methods,
    List<String> unresolvedTypes) {

  public Element annotated() {
    return use.annotated();
  }

  public AnnotationMirror annotation() {
    return use.annotation();
  }

  public boolean isInterface() {
    return syncInterface.getKind() == ElementKind.INTERFACE;
  }

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
