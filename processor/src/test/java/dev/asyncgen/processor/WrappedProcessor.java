package dev.asyncgen.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An asyncgen processor as a build tool runs it through a wrapper (Gradle's incremental
 * compilation wraps the {@link ProcessingEnvironment} and its {@link Filer}): counts how often
 * javac calls it, and can make the {@code Filer} fail the way a full disk or a misbehaving wrapper
 * would.
 */
final class WrappedProcessor implements Processor {

  private final Processor delegate;
  private final Supplier<? extends Throwable> filerFailure;
  private final String failingFile;
  private int processCalls;

  private WrappedProcessor(
      Processor delegate, Supplier<? extends Throwable> filerFailure, String failingFile) {
    this.delegate = delegate;
    this.filerFailure = filerFailure;
    this.failingFile = failingFile;
  }

  /** The processor, counting its calls. */
  static WrappedProcessor counting() {
    return new WrappedProcessor(new AsyncProcessor(), null, "");
  }

  /** The processor, whose {@code Filer} throws a new {@code failure} whenever asked to create a file. */
  static WrappedProcessor withFilerThrowing(Supplier<? extends Throwable> failure) {
    return new WrappedProcessor(new AsyncProcessor(), failure, "");
  }

  /** As {@link #withFilerThrowing(Supplier)}, for files whose name starts with {@code prefix} only. */
  static WrappedProcessor withFilerThrowing(String prefix, Supplier<? extends Throwable> failure) {
    return new WrappedProcessor(new AsyncProcessor(), failure, prefix);
  }

  /** The registry processor ({@link FacadeRegistryProcessor}), its {@code Filer} throwing. */
  static WrappedProcessor registryWithFilerThrowing(Supplier<? extends Throwable> failure) {
    return new WrappedProcessor(new FacadeRegistryProcessor(), failure, "");
  }

  /** How often javac called {@link #process}. */
  int processCalls() {
    return processCalls;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    delegate.init(filerFailure == null ? env : withFailingFiler(env));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    processCalls++;
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private ProcessingEnvironment withFailingFiler(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer failing =
        proxy(
            Filer.class,
            (proxy, method, args) -> {
              if (method.getName().startsWith("create")
                  && args[0].toString().startsWith(failingFile)) {
                throw filerFailure.get();
              }
              return forward(method, filer, args);
            });
    return proxy(
        ProcessingEnvironment.class,
        (proxy, method, args) ->
            method.getName().equals("getFiler") ? failing : forward(method, env, args));
  }

  private static Object forward(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(WrappedProcessor.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
