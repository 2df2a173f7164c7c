package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.asyncgen.processor.differential.CompiledClasses;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code timeout} asyncgen cannot read is told the format it reads, with the value rewritten in
 * that format where it can be; one it reads but that is not positive is told so, not that its
 * format is wrong.
 */
class TimeoutMessagesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.5s | timeout = \"1.5s\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, here \"1500ms\", or an ISO-8601 duration such as \"PT1.5S\"",
        "1d   | timeout = \"1d\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, here \"24h\", or an ISO-8601 duration such as \"PT24H\"",
        "0.5h | timeout = \"0.5h\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, here \"30m\", or an ISO-8601 duration such as \"PT30M\"",
        "soon | timeout = \"soon\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, e.g. \"500ms\" or \"5s\", or an ISO-8601 duration such as \"PT5S\"",
        "5 sec | timeout = \"5 sec\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, here \"5s\", or an ISO-8601 duration such as \"PT5S\"",
      })
  void anUnreadableTimeoutIsToldTheFormat(String timeout, String message) {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async(",
            "    timeout = \"" + timeout + "\")",
            "interface Api { String get(); }");

    assertThat(compile(api))
        .hadErrorContaining("[asyncgen:invalid-timeout] " + message)
        .inFile(api)
        .onLineContaining("timeout = ");
  }

  @ParameterizedTest
  @CsvSource({"0s", "0ms", "PT0S", "-PT5S"})
  void aTimeoutThatIsNotPositiveIsToldSo(String timeout) {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(value = Runnable.class,",
            "    timeout = \"" + timeout + "\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining(
            "[asyncgen:invalid-timeout] timeout = \"" + timeout + "\" is not positive; give a"
                + " duration above zero, e.g. \"5s\", or leave timeout out for calls without one")
        .inFile(holder)
        .onLineContaining("timeout = ");
  }

  /**
   * A timeout of any length compiles, and the facade keeps it: one longer than a {@code Duration}
   * holds becomes the longest one (the runtime treats a timeout of centuries as none anyway).
   */
  @ParameterizedTest
  @CsvSource({
    "3000000h, PT3000000H",
    "P200000D, PT4800000H",
    "99999999999999999999s, PT2562047788015215H30M7.999999999S",
    "9223372036854775807h, PT2562047788015215H30M7.999999999S",
    "PT99999999999999999999S, PT2562047788015215H30M7.999999999S",
  })
  void aTimeoutOfAnyLengthIsKept(String timeout, String kept) throws Exception {
    Compilation compilation =
        Compilations.assertWarningFree(
            source(
                "p.Api",
                "package p;",
                "@dev.asyncgen.Async(timeout = \"" + timeout + "\")",
                "public interface Api { String get(); }"),
            source(
                "p.Use",
                "package p;",
                "public final class Use {",
                "  public static String run() throws Exception {",
                "    java.util.concurrent.atomic.AtomicReference<Object> timeout = new java.util.concurrent.atomic.AtomicReference<>();",
                "    ApiAsync api = ApiAsync.of(() -> \"called\", Runnable::run).withOptions(o -> {",
                "      timeout.set(o.timeout().orElseThrow());",
                "      return o;",
                "    });",
                "    return api.get().get() + \" \" + timeout.get();",
                "  }",
                "}"));

    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    assertEquals(
        "called " + kept, Class.forName("p.Use", true, loader).getMethod("run").invoke(null));
  }
}
