package dev.asyncgen.bench.compile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and counts the CPU time spent inside its {@code init} and {@code process}:
 * the processor's own share of a compilation, as against the extra work javac does because
 * processing is on (a second round, parsing and entering the generated files).
 */
final class TimedProcessor implements Processor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long cpuNanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** CPU time spent in the delegate's {@code init} and {@code process} so far. */
  long cpuNanos() {
    return cpuNanos;
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
  public void init(ProcessingEnvironment processingEnv) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      delegate.init(processingEnv);
    } finally {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      javax.lang.model.element.Element element,
      AnnotationMirror annotation,
      ExecutableElement member,
      String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
