package dev.asyncgen.processor;

import com.google.auto.service.AutoService;
import dev.asyncgen.processor.codegen.FacadeWriter;
import dev.asyncgen.processor.codegen.ProviderWriter;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeModeler;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.MethodCollector;
import dev.asyncgen.processor.validation.DurationText;
import dev.asyncgen.processor.validation.FacadeValidator;
import dev.asyncgen.processor.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Writes an asynchronous facade for every interface annotated {@code @dev.asyncgen.Async}, and
 * for every interface listed in an {@code @Async.Of}.
 *
 * <p>Each facade goes through four passes: discover (here), validate, model, write. Problems are
 * reported on the element they concern and stop that facade only; an unexpected exception becomes
 * an error on the element being processed, and the next one goes on. A facade whose interface
 * mentions types that do not exist yet (another processor will generate them) is deferred to the
 * next round.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  static final String ASYNC = "dev.asyncgen.Async";
  static final String ASYNC_OF = "dev.asyncgen.Async.Of";
  static final String ASYNC_OF_LIST = "dev.asyncgen.Async.Of.List";

  private Elements elements;
  private Messager messager;
  private MethodCollector collector;
  private FacadeValidator validator;
  private FacadeModeler modeler;
  private FacadeWriter writer;
  private final ProviderWriter providerWriter = new ProviderWriter();
  private LocalAsyncScanner localScanner;

  /** Annotated elements waiting for types that do not exist yet, with those types' names. */
  private final Map<ElementKey, String> deferred = new LinkedHashMap<>();

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
   * Every annotation, not just ours: javac hides annotations on local types from processors, so a
   * round holding only a misplaced local {@code @Async} would otherwise never reach us, and it
   * would silently do nothing. Gradle's isolating mode allows this.
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
    if (async == null) {
      return false; // the runtime is not on the class path: nothing here can be annotated
    }
    if (localScanner != null) {
      try {
        localScanner.reportLocalAsyncTypes(round);
      } catch (RuntimeException unexpected) {
        // Finding misplaced annotations is a courtesy; it must never stop the real work.
      }
    }
    for (Element element : elementsToProcess(round, async)) {
      try {
        processAnnotated(element, async);
      } catch (Throwable unexpected) {
        error(element, Diagnostics.INTERNAL_ERROR.format(element, stackTrace(unexpected)));
      }
    }
    if (round.processingOver()) {
      reportStillUnresolved(round);
    }
    // Not claimed: another processor may want these annotations too (Error Prone's
    // DoNotClaimAnnotations).
    return false;
  }

  /** Those deferred from earlier rounds, looked up afresh, then this round's, each once. */
  private Set<Element> elementsToProcess(RoundEnvironment round, TypeElement async) {
    Set<Element> todo = new LinkedHashSet<>();
    for (ElementKey key : deferred.keySet()) {
      Element element = key.lookUp(elements);
      if (element != null) {
        todo.add(element);
      }
    }
    deferred.clear();
    todo.addAll(annotatedWith(round, async));
    for (String name : List.of(ASYNC_OF, ASYNC_OF_LIST)) {
      TypeElement annotation = elements.getTypeElement(name);
      if (annotation != null) {
        todo.addAll(annotatedWith(round, annotation));
      }
    }
    return todo;
  }

  /**
   * {@link RoundEnvironment#getElementsAnnotatedWith}, which throws for anything but an annotation
   * type. ECJ compiling a named module can answer a later round's look-up of the runtime's
   * annotations with a type it no longer sees as one; then nothing in that round uses them.
   */
  private static Set<? extends Element> annotatedWith(RoundEnvironment round, TypeElement annotation) {
    if (annotation.getKind() != ElementKind.ANNOTATION_TYPE) {
      return Set.of();
    }
    return round.getElementsAnnotatedWith(annotation);
  }

  private void processAnnotated(Element element, TypeElement async) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String type =
          ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(ASYNC)) {
        processAsync(element, annotation);
      } else if (type.equals(ASYNC_OF)) {
        processOf(element, annotation);
      } else if (type.equals(ASYNC_OF_LIST)) {
        for (AnnotationMirror of : Annotations.nestedAnnotations(annotation, "value")) {
          processOf(element, of);
        }
      }
    }
  }

  private void processAsync(Element element, AnnotationMirror annotation) {
    ValidationReport report = validator.validateAsync(element, annotation);
    if (!report.isClean()) {
      print(report);
      return;
    }
    TypeElement iface = (TypeElement) element;
    writeFacade(
        new FacadeRequest(
            iface,
            iface,
            annotation,
            packageOf(iface),
            FacadeNames.of(iface, Annotations.stringValue(annotation, "name")),
            DurationText.parse(Annotations.stringValue(annotation, "timeout"))));
  }

  private void processOf(Element annotated, AnnotationMirror annotation) {
    String packageName = packageOf(annotated);
    ValidationReport report = validator.validateOf(annotated, annotation, packageName);
    if (!report.isClean()) {
      print(report);
      return;
    }
    for (AnnotationValue listed : FacadeValidator.listedInterfaces(annotation)) {
      if (!(listed.getValue() instanceof DeclaredType type)) {
        continue; // javac reports the class literal it could not resolve
      }
      if (type.getKind() == TypeKind.ERROR) {
        deferred.put(ElementKey.of(annotated), type.toString());
        continue;
      }
      TypeElement iface = (TypeElement) type.asElement();
      writeFacade(
          new FacadeRequest(
              iface,
              annotated,
              annotation,
              packageName,
              FacadeNames.of(iface, Annotations.stringValue(annotation, "name")),
              DurationText.parse(Annotations.stringValue(annotation, "timeout"))));
    }
  }

  private void writeFacade(FacadeRequest request) {
    TypeElement earlier = written.get(request.qualifiedFacadeName());
    if (earlier != null) {
      if (!earlier.equals(request.syncInterface())) {
        reportedErrors = true;
        messager.printMessage(
            Diagnostic.Kind.ERROR,
            Diagnostics.DUPLICATE_FACADE.format(
                request.qualifiedFacadeName(), earlier, request.syncInterface()),
            request.annotated(),
            request.annotation());
      }
      return; // or written already, before a deferred sibling sent this element round again
    }
    List<String> unresolved = UnresolvedTypes.in(request.syncInterface());
    if (!unresolved.isEmpty()) {
      deferred.put(ElementKey.of(request.annotated()), String.join(", ", unresolved));
      return;
    }
    List<ExecutableElement> methods = collector.collect(request.syncInterface());
    ValidationReport report = validator.validate(request, methods);
    if (!report.isClean()) {
      print(report);
      return;
    }
    FacadeDescriptor facade = modeler.model(request, methods);
    try {
      writer.write(facade, processingEnv.getFiler());
      providerWriter.write(facade, processingEnv.getFiler());
    } catch (IOException e) {
      error(
          request.annotated(),
          Diagnostics.WRITE_FAILED.format(request.qualifiedFacadeName(), e.getMessage()));
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
      for (Map.Entry<ElementKey, String> entry : deferred.entrySet()) {
        Element element = entry.getKey().lookUp(elements);
        if (element != null) {
          error(element, Diagnostics.UNRESOLVED_TYPE.format(element, entry.getValue()));
        }
      }
    }
    deferred.clear();
  }

  private String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  private void print(ValidationReport report) {
    reportedErrors = true;
    report.printTo(messager);
  }

  private void error(Element element, String message) {
    reportedErrors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /** An annotated type or package by name: what survives from one round to the next. */
  private record ElementKey(boolean isPackage, String name) {

    static ElementKey of(Element element) {
      return element instanceof PackageElement pkg
          ? new ElementKey(true, pkg.getQualifiedName().toString())
          : new ElementKey(false, ((TypeElement) element).getQualifiedName().toString());
    }

    Element lookUp(Elements elements) {
      return isPackage ? elements.getPackageElement(name) : elements.getTypeElement(name);
    }
  }
}
