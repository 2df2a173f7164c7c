package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor claims asyncgen's annotations, and the one foreign {@code @Async} it warns about
 * (Spring's, imported by mistake), so that a build pays for it only where they are used: javac
 * does not call it for a compilation without them, however many other annotations there are.
 */
class ClaimsTest {

  @Test
  void supportsOnlyAsyncgenAnnotationsAndSpringsAsync() {
    assertThat(new AsyncProcessor().getSupportedAnnotationTypes())
        .containsExactly(
            "dev.asyncgen.Async",
            "dev.asyncgen.Async.Of",
            "dev.asyncgen.Async.Of.List",
            "org.springframework.scheduling.annotation.Async");
  }

  /** A Spring service's own {@code @Async}: the processor looks at it, and does nothing else. */
  @Test
  void springsAsyncOnAClassIsLookedAtAndLeftAlone() {
    JavaFileObject service =
        source(
            "p.Mailer",
            "package p;",
            "@org.springframework.scheduling.annotation.Async",
            "class Mailer { void send() {} }");
    WrappedProcessor processor = WrappedProcessor.counting();

    Compilation compilation =
        Compiler.javac().withProcessors(processor).withOptions(Compilations.STRICT).compile(service);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(processor.processCalls()).isGreaterThan(0);
  }

  @Test
  void isNotCalledForACompilationWithoutAsyncgenAnnotations() {
    JavaFileObject plain =
        source(
            "p.Plain",
            "package p;",
            "@FunctionalInterface",
            "interface Plain {",
            "  @Deprecated String get();",
            "  @SuppressWarnings(\"unused\") default void unused() {}",
            "}");
    JavaFileObject user =
        source(
            "p.User",
            "package p;",
            "class User implements Plain {",
            "  @Override public String get() { return \"\"; }",
            "  void local() { @dev.asyncgen.Async interface Hidden {} }",
            "}");
    WrappedProcessor processor = WrappedProcessor.counting();

    Compilation compilation = Compiler.javac().withProcessors(processor).compile(plain, user);

    assertThat(compilation).succeeded();
    assertThat(processor.processCalls()).isEqualTo(0);
  }

  @Test
  void isCalledWhereAsyncIsUsed() {
    JavaFileObject api = source("p.Api", "package p;", "@dev.asyncgen.Async interface Api { String get(); }");
    WrappedProcessor processor = WrappedProcessor.counting();

    Compilation compilation = Compiler.javac().withProcessors(processor).compile(api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.ApiAsync");
    assertThat(processor.processCalls()).isGreaterThan(0);
  }
}
