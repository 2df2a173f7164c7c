package dev.asyncgen.processor.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * @param gather which methods get a gather helper
 * @param leftOut methods of an interface {@code @Async.Of} lists that take the signature of one of
 *     the facade's own members: the user cannot rename them, so the facade leaves them out (and
 *     validation says so); {@code @Async} keeps them, for validation to reject
 */
public record FacadeRequest(
    AnnotationUse use,
    TypeElement syncInterface,
    AnnotationValue listedAs,
    String packageName,
    String facadeName,
    Optional<Duration> timeout,
    List<ResolvedMethod> methods,
    List<String> unresolvedTypes,
    GatherSelection gather,
    List<ResolvedMethod> leftOut) {

  public Element annotated() {
    return use.annotated();
  }

  /**
   * What the annotation sets for the facade beyond its name, as a reader would write it: {@code
   * timeout = "5s", gather = {"find"}}. Two requests of one facade with other settings cannot both
   * be written.
   */
  public String settings() {
    String gathered =
        gather.all()
            ? "\"" + GatherSelection.ALL + "\""
            : gather.names().keySet().stream()
                .sorted() // the same names in another order are the same setting
                .map(name -> "\"" + name + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    String timed = timeout.map(duration -> "\"" + duration + "\"").orElse("none");
    return "timeout = " + timed + ", gather = " + gathered;
  }

  public AnnotationMirror annotation() {
    return use.annotation();
  }

  public boolean isInterface() {
    return syncInterface.getKind() == ElementKind.INTERFACE;
  }

  /** The most methods one class of the implementation holds, with their gather helpers. */
  public static final int METHODS_PER_IMPL_CLASS = 500;

  /** The simple name of the generated implementation class. */
  public String implName() {
    return facadeName + "Impl";
  }

  /**
   * The simple name of the generated {@code FacadeProvider} that lists the facade for {@code
   * ServiceLoader}.
   */
  public String providerName() {
    return facadeName + "Provider";
  }

  /**
   * The abstract classes the implementation is split into: {@code FooAsyncImplPart1}, {@code
   * FooAsyncImplPart2}..., each extending the one before, and extended by {@link #implName()};
   * none for an interface of up to {@link #METHODS_PER_IMPL_CLASS} methods. Each class holds that
   * many methods at most, and their gather helpers, so that its constant pool stays well inside
   * the 65,535 entries a class file may have: a method costs its class about 12 to 20 (name,
   * descriptor, signature, the call's label, the lambda and its method handle, the delegate's
   * method), and AWS's {@code Ec2Client} (2,132 methods) made a single implementation of 49,555.
   */
  public List<String> implPartNames() {
    int classes = Math.max(1, (methods.size() + METHODS_PER_IMPL_CLASS - 1) / METHODS_PER_IMPL_CLASS);
    List<String> parts = new ArrayList<>();
    for (int part = 1; part < classes; part++) {
      parts.add(implName() + "Part" + part);
    }
    return parts;
  }

  public String qualifiedFacadeName() {
    return packageName.isEmpty() ? facadeName : packageName + "." + facadeName;
  }

  public String qualifiedImplName() {
    return packageName.isEmpty() ? implName() : packageName + "." + implName();
  }
}
