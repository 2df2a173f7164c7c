package dev.asyncgen.processor;

import com.google.auto.service.AutoService;
import dev.asyncgen.processor.codegen.FacadeWriter;
import dev.asyncgen.processor.codegen.ProviderWriter;
import dev.asyncgen.processor.discovery.AnnotationUses;
import dev.asyncgen.processor.discovery.DeferredUses;
import dev.asyncgen.processor.discovery.FacadeDiscovery;
import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.DiscoveredUse;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeModeler;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.types.KnownTypes;
import dev.asyncgen.processor.validation.FacadeValidator;
import dev.asyncgen.processor.validation.ForeignAsync;
import dev.asyncgen.processor.validation.GeneratedFacades;
import dev.asyncgen.processor.validation.ValidationReport;
import dev.asyncgen.processor.workarounds.RepeatedAnnotationTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes an asynchronous facade for every interface annotated {@code @dev.asyncgen.Async}, and
 * for every interface listed in an {@code @Async.Of}.
 *
 * <p>The shell of four passes, each in its own package: discover ({@link FacadeDiscovery}: what
 * each annotation asks for, methods resolved once), validate ({@link FacadeValidator}: every
 * problem, before anything is written), model ({@link FacadeModeler}: immutable descriptions) and
 * write ({@link FacadeWriter}: the one place that touches JavaPoet). Problems are reported on the
 * element they concern and stop that annotation's facades only; an unexpected exception becomes an
 * error on the element being processed, and the next one goes on. An annotation whose interfaces
 * mention types that do not exist yet (another processor will generate them) is deferred to the
 * next round.
 */
@AutoService(Processor.class)
public final class AsyncProcessor extends AbstractProcessor {

  /** In the order their elements are processed: output is deterministic. */
  private static final Set<String> SUPPORTED =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  AnnotationUse.Kind.ASYNC.qualifiedName(),
                  AnnotationUse.Kind.OF.qualifiedName(),
                  AnnotationUses.OF_CONTAINER)));

  /** What the processor looks at: its own annotations, and the foreign {@code @Async}s it warns about. */
  private static final Set<String> CLAIMED = claimed();

  private static Set<String> claimed() {
    Set<String> claimed = new LinkedHashSet<>(SUPPORTED);
    claimed.addAll(ForeignAsync.ANNOTATIONS);
    return Collections.unmodifiableSet(claimed);
  }

  private FacadeDiscovery discovery;
  private FacadeValidator validator;
  private FacadeModeler modeler;
  private FacadeWriter writer;
  private final ProviderWriter providerWriter = new ProviderWriter();
  private final GeneratedFacades generated = new GeneratedFacades();
  private final DeferredUses deferred = new DeferredUses();
  private boolean reportedErrors;
  private RepeatedAnnotationTrees repeatedTrees;
  private Optional<Diagnostics.RuntimeMismatch> runtimeMismatch; // null until checked

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    KnownTypes known = new KnownTypes(env.getElementUtils());
    discovery = new FacadeDiscovery(env.getElementUtils(), env.getTypeUtils(), known);
    validator = new FacadeValidator(env.getElementUtils(), env.getTypeUtils(), known, generated);
    modeler = new FacadeModeler(env.getElementUtils(), env.getTypeUtils(), known);
    writer = new FacadeWriter(env.getTypeUtils());
    repeatedTrees = RepeatedAnnotationTrees.of(env);
  }

  /**
   * asyncgen's annotations, and Spring's {@code @Async} to warn about on an interface ({@link
   * ForeignAsync}), so that javac calls the processor only for compilations that use them. (An
   * {@code @Async} on a local interface goes unseen: javac shows processors no local types, and
   * finding them would mean reading every file of every compilation.)
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return CLAIMED;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    guarded(null, () -> processRound(annotations, round));
    // Not claimed: another processor may want these annotations too (Error Prone's
    // DoNotClaimAnnotations).
    return false;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ForeignAsync.check(annotations, round, processingEnv.getMessager());
    Set<AnnotationUse> uses = usesToProcess(annotations, round);
    if (!uses.isEmpty() && !runtimeSpeaksTheContract(uses.iterator().next().annotated())) {
      return;
    }
    List<FacadeRequest> ready = new ArrayList<>();
    for (AnnotationUse use : uses) {
      guarded(use.annotated(), () -> ready.addAll(check(use)));
    }
    for (FacadeRequest request : ready) {
      guarded(request.annotated(), () -> write(request));
    }
    if (round.processingOver()) {
      reportStillUnresolved(round);
    }
  }

  /**
   * Whether the runtime on the class path can run what the processor writes; checked once per
   * compilation, and said once, on the first annotated element, if it cannot.
   */
  private boolean runtimeSpeaksTheContract(Element first) {
    if (runtimeMismatch == null) {
      runtimeMismatch = RuntimeContract.check(processingEnv.getElementUtils());
      runtimeMismatch.ifPresent(mismatch -> error(mismatch, first));
    }
    return runtimeMismatch.isEmpty();
  }

  /** Those deferred from earlier rounds, looked up afresh, then this round's, each once. */
  private Set<AnnotationUse> usesToProcess(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<AnnotationUse> uses = new LinkedHashSet<>(deferred.retry(processingEnv.getElementUtils()));
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : SUPPORTED) {
      for (TypeElement annotation : annotations) {
        if (annotation.getQualifiedName().contentEquals(name)) {
          annotated.addAll(round.getElementsAnnotatedWith(annotation));
        }
      }
    }
    for (Element element : annotated) {
      uses.addAll(AnnotationUses.on(element));
    }
    return uses;
  }

  /**
   * Discovers and validates what {@code use} asks for: the facades to write, once every problem
   * is reported; none if there is a problem, or if a type is still missing (then it waits for the
   * next round).
   */
  private List<FacadeRequest> check(AnnotationUse use) {
    DiscoveredUse discovered = discovery.discover(use);
    ValidationReport report = validator.validate(discovered);
    report.printTo(processingEnv.getMessager(), repeatedTrees); // the notes of a clean one too
    if (!report.isClean()) {
      reportedErrors = true;
      return List.of();
    }
    if (!discovered.unresolvedTypes().isEmpty()) {
      deferred.defer(use, discovered.unresolvedTypes());
      return List.of();
    }
    List<FacadeRequest> ready = new ArrayList<>();
    for (FacadeRequest request : discovered.requests()) {
      Optional<FacadeRequest> first = generated.addOrFirst(request);
      if (first.isEmpty()) {
        ready.add(request);
      } else { // asked for twice: written once, as first asked
        warnIfSettingsDiffer(first.get(), request);
      }
    }
    return ready;
  }

  private void warnIfSettingsDiffer(FacadeRequest first, FacadeRequest again) {
    String firstSettings = first.settings();
    String settings = again.settings();
    if (!settings.equals(firstSettings)) {
      Diagnostics.DuplicateFacadeSettings warning =
          new Diagnostics.DuplicateFacadeSettings(
              again.qualifiedFacadeName(), settings, firstSettings, first.annotated());
      processingEnv.getMessager()
          .printMessage(warning.kind(), warning.format(), again.annotated(), again.annotation());
    }
  }

  private void write(FacadeRequest request) {
    try {
      FacadeDescriptor facade = modeler.model(request);
      writer.write(facade, processingEnv.getFiler());
      providerWriter.write(facade, processingEnv.getFiler());
    } catch (IOException e) {
      error(new Diagnostics.WriteFailed(request.qualifiedFacadeName(), String.valueOf(e.getMessage())), request.annotated());
    }
  }

  /**
   * After the last round: what is still deferred names types that never came. Reported only if
   * nothing else failed, since an earlier error (or javac's own "cannot find symbol") explains
   * them better.
   */
  private void reportStillUnresolved(RoundEnvironment round) {
    Map<AnnotationUse, String> left = deferred.giveUp(processingEnv.getElementUtils());
    if (!reportedErrors && !round.errorRaised()) {
      left.forEach((use, types) -> error(new Diagnostics.UnresolvedType(use.annotated(), types), use.annotated()));
    }
  }

  /**
   * Runs {@code step} for {@code element} ({@code null}: for the whole round); whatever it throws
   * becomes an error there, and the processor goes on with the next.
   */
  private void guarded(Element element, Runnable step) {
    try {
      step.run();
    } catch (Throwable unexpected) {
      String subject = element == null ? "a round of annotation processing" : element.toString();
      error(new Diagnostics.InternalError(subject, stackTrace(unexpected)), element);
    }
  }

  private void error(Diagnostics.Message message, Element element) {
    reportedErrors = true;
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message.format(), element);
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
