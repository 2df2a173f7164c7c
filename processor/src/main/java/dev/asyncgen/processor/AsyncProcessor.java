package dev.asyncgen.processor;

import com.google.auto.service.AutoService;
import dev.asyncgen.processor.codegen.FacadeWriter;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeModeler;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.MethodCollector;
import dev.asyncgen.processor.validation.FacadeValidator;
import dev.asyncgen.processor.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes an asynchronous facade for every interface annotated {@code @dev.asyncgen.Async}.
 *
 * <p>Each round runs four passes per interface: discover (here), validate, model, write. Problems
 * are reported on the element they concern and stop that facade only; an unexpected exception
 * becomes an error on the element being processed, and the next one goes on. An interface whose
 * types do not exist yet (another processor will generate them) is deferred to the next round.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  static final String ASYNC = "dev.asyncgen.Async";

  private Elements elements;
  private Messager messager;
  private MethodCollector collector;
  private FacadeValidator validator;
  private FacadeModeler modeler;
  private FacadeWriter writer;
  private LocalAsyncScanner localScanner;

  /** Annotated elements waiting for types that do not exist yet, by name, with those types. */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  /** Facades written so far, by qualified name, with the interface each wraps. */
  private final Map<String, TypeElement> written = new HashMap<>();

  private boolean reportedErrors;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    messager = env.getMessager();
    collector = new MethodCollector(elements, env.getTypeUtils());
    validator = new FacadeValidator(elements, env.getTypeUtils());
    modeler = new FacadeModeler(elements, env.getTypeUtils());
    writer = new FacadeWriter(env.getTypeUtils());
    localScanner = LocalAsyncScanner.create(env);
  }

  /**
   * Every annotation, not just {@code @Async}: javac hides annotations on local types from
   * processors, so a round holding only a misplaced local {@code @Async} would otherwise never
   * reach us, and it would silently do nothing. Gradle's isolating mode allows this.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement async = elements.getTypeElement(ASYNC);
    if (async != null && localScanner != null) {
      try {
        localScanner.reportLocalAsyncTypes(round);
      } catch (RuntimeException unexpected) {
        // Finding misplaced annotations is a courtesy; it must never stop the real work.
      }
    }
    if (async != null) {
      for (Element element : elementsToProcess(round, async)) {
        try {
          processAnnotated(element, async);
        } catch (Throwable unexpected) {
          error(element, Diagnostics.INTERNAL_ERROR.format(element, stackTrace(unexpected)));
        }
      }
    }
    if (round.processingOver()) {
      reportStillUnresolved(round);
    }
    // Not claimed: another processor may want @Async too (Error Prone's DoNotClaimAnnotations).
    return false;
  }

  /** Those deferred from earlier rounds, looked up afresh, then this round's. */
  private List<Element> elementsToProcess(RoundEnvironment round, TypeElement async) {
    List<Element> todo = new ArrayList<>();
    for (String name : deferred.keySet()) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        todo.add(element);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(async)) {
      if (!todo.contains(element)) {
        todo.add(element);
      }
    }
    return todo;
  }

  private void processAnnotated(Element element, TypeElement async) throws IOException {
    AnnotationMirror annotation = Annotations.find(element, async);
    ValidationReport target = validator.validateAnnotatedInterface(element, annotation);
    if (!target.isClean()) {
      print(target);
      return;
    }
    TypeElement iface = (TypeElement) element;
    FacadeRequest request =
        new FacadeRequest(
            iface,
            iface,
            annotation,
            elements.getPackageOf(iface).getQualifiedName().toString(),
            FacadeNames.of(iface, Annotations.stringValue(annotation, "name")));
    writeFacade(request);
  }

  private void writeFacade(FacadeRequest request) throws IOException {
    List<String> unresolved = UnresolvedTypes.in(request.syncInterface());
    if (!unresolved.isEmpty()) {
      deferred.put(qualifiedName(request.annotated()), String.join(", ", unresolved));
      return;
    }
    List<ExecutableElement> methods = collector.collect(request.syncInterface());
    ValidationReport report = validator.validate(request, methods);
    if (!report.isClean()) {
      print(report);
      return;
    }
    TypeElement earlier = written.get(request.qualifiedFacadeName());
    if (earlier != null) {
      error(
          request.annotated(),
          Diagnostics.DUPLICATE_FACADE.format(
              request.qualifiedFacadeName(), earlier, request.syncInterface()));
      return;
    }
    FacadeDescriptor facade = modeler.model(request, methods);
    try {
      writer.write(facade, processingEnv.getFiler());
    } catch (IOException e) {
      error(request.annotated(), Diagnostics.WRITE_FAILED.format(request.qualifiedFacadeName(), e.getMessage()));
      return;
    }
    written.put(request.qualifiedFacadeName(), request.syncInterface());
  }

  /**
   * After the last round: what is still deferred names types that never came. Reported only if
   * nothing else failed, since an earlier error (or javac's own "cannot find symbol") explains
   * them better.
   */
  private void reportStillUnresolved(RoundEnvironment round) {
    if (!reportedErrors && !round.errorRaised()) {
      for (Map.Entry<String, String> entry : deferred.entrySet()) {
        Element element = elements.getTypeElement(entry.getKey());
        if (element != null) {
          error(element, Diagnostics.UNRESOLVED_TYPE.format(element, entry.getValue()));
        }
      }
    }
    deferred.clear();
  }

  private static String qualifiedName(Element element) {
    return ((TypeElement) element).getQualifiedName().toString();
  }

  private void print(ValidationReport report) {
    reportedErrors = true;
    report.printTo(messager);
  }

  private void error(Element element, String message) {
    reportedErrors = true;
    messager.printMessage(javax.tools.Diagnostic.Kind.ERROR, message, element);
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
