package dev.asyncgen.processor;

import com.google.auto.service.AutoService;
import dev.asyncgen.processor.codegen.RegistryWriter;
import dev.asyncgen.processor.types.KnownTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Lists the facade providers that {@link AsyncProcessor} writes, one per facade, in {@code
 * META-INF/services/dev.asyncgen.spi.FacadeProvider}, so that frameworks find every facade with
 * {@link java.util.ServiceLoader} and never scan the class path.
 *
 * <p>A processor of its own because the list is the one output that depends on many sources: the
 * facades stay isolating for Gradle's incremental compilation, one output per annotated element,
 * and only this small step is aggregating (registered so in {@code
 * META-INF/gradle/incremental.annotation.processors}), as AutoService is.
 */
@AutoService(Processor.class)
public final class FacadeRegistryProcessor extends AbstractProcessor {

  static final String REGISTERED = KnownTypes.FACADE_PROVIDER_REGISTERED;

  private final Set<String> providers = new TreeSet<>();
  private final List<TypeElement> originating = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(REGISTERED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement registered = processingEnv.getElementUtils().getTypeElement(REGISTERED);
    if (registered != null && registered.getKind() == ElementKind.ANNOTATION_TYPE) {
      for (Element element : round.getElementsAnnotatedWith(registered)) {
        if (element instanceof TypeElement provider && providers.add(binaryName(provider))) {
          originating.add(provider);
        }
      }
    }
    if (round.processingOver() && !providers.isEmpty()) {
      try {
        new RegistryWriter(processingEnv.getFiler(), processingEnv.getElementUtils())
            .write(providers, originating);
      } catch (IOException | RuntimeException e) {
        Diagnostics.Message failed = new Diagnostics.RegistryWriteFailed(String.valueOf(e.getMessage()));
        processingEnv.getMessager().printMessage(failed.kind(), failed.format());
      }
    }
    return false;
  }

  private String binaryName(TypeElement provider) {
    return processingEnv.getElementUtils().getBinaryName(provider).toString();
  }
}
