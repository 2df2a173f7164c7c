package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source that does not parse, or whose types are missing, fails with javac's own errors and ours:
 * the processor never crashes ("An annotation processor threw an uncaught exception").
 */
class RobustnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "interface Api { String get( }", // does not parse
        "interface Api extends Missing { String get(); }",
        "interface Api<T extends Missing> { T get(); }",
        "interface Api { java.util.List<Missing> get(); }",
        "interface Api { <T extends Missing & Runnable> T get(); }",
        "interface Api { void put(Missing[]... values); }",
        "interface Api { String get() throws MissingException; }",
        "interface Api { Missing.Nested get(); }",
        "interface Api { @MissingAnnotation String get(); }",
        "interface Api extends java.util.List<Missing> {}",
        "interface Api { String get(); String get(); }", // duplicate method
        "interface Api { default String get() { return undefined; } }",
      })
  void brokenSourceNeverCrashesTheProcessor(String declaration) {
    JavaFileObject api = source("p.Api", "package p;", "@dev.asyncgen.Async", declaration);

    Compilation compilation = compile(api);

    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(null);
      assertThat(message).doesNotContain("threw an uncaught exception");
      assertThat(message).doesNotContain("[asyncgen:internal-error]");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@dev.asyncgen.Async(name = 42) interface Api { String get(); }",
        "@dev.asyncgen.Async(nam = \"X\") interface Api { String get(); }",
        "@dev.asyncgen.Async(name = Missing.NAME) interface Api { String get(); }",
      })
  void brokenAnnotationAttributesNeverCrashTheProcessor(String declaration) {
    JavaFileObject api = source("p.Api", "package p;", declaration);

    Compilation compilation = compile(api);

    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(null);
      assertThat(message).doesNotContain("threw an uncaught exception");
      assertThat(message).doesNotContain("[asyncgen:internal-error]");
    }
  }

  /**
   * What the checks above rely on: whatever the processor does not expect becomes an
   * internal-error on the element it was working on, never a crash of javac, and the next
   * element goes on.
   */
  @Test
  void anUnexpectedExceptionIsAnInternalErrorOnItsElementAndTheOthersGoOn() {
    JavaFileObject broken = source("p.Broken", "package p;", "@dev.asyncgen.Async interface Broken { void run(); }");
    JavaFileObject fine = source("p.Fine", "package p;", "@dev.asyncgen.Async interface Fine { void run(); }");
    JavaFileObject user = source("p.User", "package p;", "class User { FineAsync fine; }");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                WrappedProcessor.withFilerThrowing("p.BrokenAsync", () -> new IllegalStateException("boom")))
            .compile(broken, fine, user);

    assertThat(compilation)
        .hadErrorContaining("[asyncgen:internal-error] asyncgen failed while processing p.Broken, which is a bug in asyncgen")
        .inFile(broken)
        .onLineContaining("interface Broken");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: boom");
    assertThat(compilation).hadErrorCount(1); // FineAsync was written: User finds it
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertThat(diagnostic.getMessage(null)).doesNotContain("threw an uncaught exception");
    }
  }
}
