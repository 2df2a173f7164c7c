package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An interface carrying another library's {@code @Async}, as an IDE's auto-import writes it in a
 * Spring Boot application ({@code org.springframework.scheduling.annotation.Async}, from the real
 * spring-context jar), gets a warning saying which import was meant. Spring's own uses (its
 * {@code @Async} on classes and methods) get none, and a deliberate one on an interface can be
 * silenced.
 */
class ForeignAsyncTest {

  @Test
  void springsAsyncOnAnInterfaceIsAWarningOnTheAnnotation() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "import org.springframework.scheduling.annotation.Async;",
            "@Async",
            "public interface Downloader {",
            "  byte[] download(String url);",
            "}");

    Compilation compilation = compile(downloader);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[asyncgen:foreign-async] p.Downloader is annotated with"
                + " org.springframework.scheduling.annotation.Async, which asyncgen does not read,"
                + " so no DownloaderAsync is generated; to generate it, import dev.asyncgen.Async")
        .inFile(downloader)
        .onLineContaining("@Async");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void theWarningFailsAWerrorBuildUnlessSuppressed() {
    JavaFileObject unsuppressed =
        source(
            "p.Downloader",
            "package p;",
            "@org.springframework.scheduling.annotation.Async",
            "public interface Downloader { byte[] download(String url); }");
    JavaFileObject suppressed =
        source(
            "p.Downloader",
            "package p;",
            "@org.springframework.scheduling.annotation.Async",
            "@SuppressWarnings(\"asyncgen:foreign-async\")",
            "public interface Downloader { byte[] download(String url); }");

    assertThat(Compilations.compileStrictly(unsuppressed)).failed();
    assertThat(Compilations.compileStrictly(suppressed)).succeededWithoutWarnings();
  }

  @Test
  void suppressingOnTheEnclosingClassCoversNestedInterfaces() {
    JavaFileObject service =
        source(
            "p.Service",
            "package p;",
            "@SuppressWarnings(\"asyncgen:foreign-async\")",
            "class Service {",
            "  @org.springframework.scheduling.annotation.Async",
            "  interface Jobs { void run(); }",
            "}");

    assertThat(Compilations.compileStrictly(service)).succeededWithoutWarnings();
  }

  @Test
  void springsOwnUsesOnClassesAndMethodsAreLeftAlone() {
    JavaFileObject service =
        source(
            "p.Mailer",
            "package p;",
            "import java.util.concurrent.CompletableFuture;",
            "import org.springframework.scheduling.annotation.Async;",
            "@Async",
            "public class Mailer {",
            "  @Async public CompletableFuture<String> send(String to) {",
            "    return CompletableFuture.completedFuture(to);",
            "  }",
            "}");
    JavaFileObject jobs =
        source(
            "p.Jobs",
            "package p;",
            "public interface Jobs {",
            "  @org.springframework.scheduling.annotation.Async void run();",
            "}");

    assertThat(Compilations.compileStrictly(service, jobs)).succeededWithoutWarnings();
  }

  @Test
  void anInterfaceWithBothAnnotationsGetsItsFacadeAndNoWarning() {
    JavaFileObject downloader =
        source(
            "p.Downloader",
            "package p;",
            "@dev.asyncgen.Async",
            "@org.springframework.scheduling.annotation.Async",
            "public interface Downloader { byte[] download(String url); }");

    Compilation compilation = Compilations.compileStrictly(downloader);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DownloaderAsync");
  }
}
