package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
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
      assertThat(diagnostic.getMessage(null)).doesNotContain("threw an uncaught exception");
    }
  }
}
