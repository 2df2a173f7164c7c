package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.asyncgen.CallEvent;
import dev.asyncgen.processor.codegen.RegistryWriter;
import dev.asyncgen.spi.FacadeProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry frameworks read to find facades: a provider per facade, listed in {@code
 * META-INF/services/dev.asyncgen.spi.FacadeProvider}, loaded with {@link ServiceLoader} and used to
 * build working facades.
 */
class FacadeRegistryTest {

  @TempDir Path work;

  @Test
  void everyFacadeGetsAProviderAndTheListNamesThemAll() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor(), new FacadeRegistryProcessor())
            .withOptions(Compilations.STRICT)
            .compile(
                source("p.Downloader", "package p;", "@dev.asyncgen.Async public interface Downloader {",
                    "  byte[] download(String file) throws java.io.IOException;", "}"),
                source("p.Repo", "package p;", "@dev.asyncgen.Async interface Repo<T extends Number> {",
                    "  T load(String id);", "}"),
                source("p.Outer", "package p;", "public class Outer {",
                    "  @Deprecated @dev.asyncgen.Async public interface Inner { void run(); }", "}"),
                source("q.Libraries", "package q;", "@dev.asyncgen.Async.Of(Runnable.class)",
                    "class Libraries {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", RegistryWriter.SERVICES_FILE)
        .contentsAsUtf8String()
        .isEqualTo(
            "p.DownloaderAsyncProvider\np.Outer_InnerAsyncProvider\np.RepoAsyncProvider\n"
                + "q.RunnableAsyncProvider\n");
    assertThat(Compilations.recompileWithoutProcessor(compilation)).succeededWithoutWarnings();
  }

  @Test
  void aProviderBuildsAWorkingFacadeWithTheAnnotationsTimeout() throws Exception {
    Path classes =
        compile(
            work.resolve("classes"),
            Map.of(
                "p/Greeter.java",
                """
                package p;

                @dev.asyncgen.Async(timeout = "5s")
                public interface Greeter {
                  String greet(String name) throws java.io.IOException;

                  final class Friendly implements Greeter {
                    @Override
                    public String greet(String name) {
                      return "hello " + name;
                    }
                  }
                }
                """));

    try (URLClassLoader loader = loader(classes)) {
      List<FacadeProvider> providers = new ArrayList<>();
      ServiceLoader.load(FacadeProvider.class, loader).forEach(providers::add);
      assertEquals(1, providers.size());
      FacadeProvider provider = providers.get(0);
      assertEquals("p.Greeter", provider.syncInterface().getName());
      assertEquals("p.GreeterAsync", provider.facadeInterface().getName());

      List<Optional<Duration>> timeoutsSeen = new ArrayList<>();
      List<CallEvent> events = new CopyOnWriteArrayList<>();
      Object delegate = loader.loadClass("p.Greeter$Friendly").getConstructor().newInstance();
      Object facade =
          provider.create(
              delegate,
              options -> {
                timeoutsSeen.add(options.timeout());
                return options.withListener(events::add);
              });

      assertTrue(provider.facadeInterface().isInstance(facade));
      assertEquals(List.of(Optional.of(Duration.ofSeconds(5))), timeoutsSeen);
      CompletableFuture<?> greeting =
          (CompletableFuture<?>)
              provider.facadeInterface().getMethod("greet", String.class).invoke(facade, "you");
      assertEquals("hello you", greeting.get(20, TimeUnit.SECONDS));
      assertEquals("Greeter.greet", events.get(0).method());
    }
  }

  @Test
  void aCompilationOfSomeSourcesKeepsTheProvidersListedBeforeWhoseClassesRemain() throws Exception {
    Path classes = work.resolve("classes");
    compile(classes, Map.of("p/A.java", "package p; @dev.asyncgen.Async public interface A {}"));
    compile(classes, Map.of("p/B.java", "package p; @dev.asyncgen.Async public interface B {}"));
    assertEquals("p.AAsyncProvider\np.BAsyncProvider\n", servicesFile(classes));

    // A's source was deleted, and the IDE deleted its classes: the list forgets it.
    try (var files = Files.list(classes.resolve("p"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().startsWith("A")) {
          Files.delete(file);
        }
      }
    }
    compile(classes, Map.of("p/C.java", "package p; @dev.asyncgen.Async public interface C {}"));
    assertEquals("p.BAsyncProvider\np.CAsyncProvider\n", servicesFile(classes));
  }

  @Test
  void aListThatCannotBeWrittenIsAnErrorNamingTheFile() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new AsyncProcessor(), new WritesTheServicesFileFirst(), new FacadeRegistryProcessor())
            .compile(source("p.Api", "package p;", "@dev.asyncgen.Async interface Api {}"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostics.tagOf(Diagnostics.RegistryWriteFailed.class) + " could not write META-INF");
  }

  /** Compiles {@code sources} into {@code classes} with both processors, as a build would. */
  private Path compile(Path classes, Map<String, String> sources) throws IOException {
    Path sourceDir = Files.createTempDirectory(work, "src");
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceDir.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Writer diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      String classPath = System.getProperty("java.class.path") + File.pathSeparator + classes;
      JavaCompiler.CompilationTask task =
          javac.getTask(
              diagnostics,
              fileManager,
              null,
              List.of("-d", classes.toString(), "-classpath", classPath,
                  "-s", Files.createTempDirectory(work, "generated").toString(),
                  "-Xlint:all,-processing", "-Werror"),
              null,
              fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new AsyncProcessor(), new FacadeRegistryProcessor()));
      assertTrue(task.call(), diagnostics::toString);
    }
    return classes;
  }

  private static String servicesFile(Path classes) throws IOException {
    return Files.readString(classes.resolve(RegistryWriter.SERVICES_FILE), StandardCharsets.UTF_8);
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, FacadeRegistryTest.class.getClassLoader());
  }

  /** Another processor that writes the registry's file before the registry can. */
  private static final class WritesTheServicesFileFirst extends AbstractProcessor {
    private boolean written;

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
      if (!written) {
        written = true;
        try (Writer out =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", RegistryWriter.SERVICES_FILE)
                .openWriter()) {
          out.write("# not the registry's\n");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return false;
    }
  }
}
