package dev.asyncgen.it.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.ProcessorCompiler;
import dev.asyncgen.it.support.ProcessorCompiler.Result;
import dev.asyncgen.it.support.ProcessorCompiler.Tool;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A modular application ({@code module-info.java} with {@code requires dev.asyncgen}) compiles its
 * facades under {@code -Xlint:all -Werror} and runs them from the module path. Such a module reads
 * only what it requires, so a facade carries {@code @Generated} (module {@code java.compiler}) only
 * where the module reads it, and, if the module exports the facade's package, only where its
 * clients read it too. A module that exports a facade's package exposes the runtime's types, so it
 * {@code requires transitive dev.asyncgen}, as javac's lint says.
 *
 * <p>javac only: ECJ's batch compiler compiles a named module's generated sources outside the
 * module ("Greeter cannot be resolved"), whatever the processor writes.
 */
class ModularApplicationTest {

  @TempDir Path work;

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("module app { requires dev.asyncgen; opens app.greet; }", false),
        Arguments.of(
            "module app { requires dev.asyncgen; requires static java.compiler; opens app.greet; }",
            true),
        Arguments.of(
            "module app { requires transitive dev.asyncgen; requires static java.compiler;"
                + " exports app.greet; }",
            false),
        Arguments.of(
            "module app { requires transitive dev.asyncgen; requires static transitive"
                + " java.compiler; exports app.greet; }",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void aModularApplicationCompilesAndRunsItsFacades(String moduleInfo, boolean marksGenerated)
      throws Exception {
    Result result =
        ProcessorCompiler.compile(
            Tool.JAVAC,
            work,
            Map.of(
                "module-info.java",
                moduleInfo,
                "app/greet/Greeter.java",
                """
                package app.greet;

                @dev.asyncgen.Async
                public interface Greeter {
                  String greet(String name) throws java.io.IOException;
                }
                """,
                "app/greet/Main.java",
                """
                package app.greet;

                import java.util.concurrent.TimeUnit;

                public final class Main {
                  private Main() {}

                  public static String run() throws Exception {
                    GreeterAsync greeter = GreeterAsync.of(name -> "hello " + name);
                    return greeter.greet("modules").get(10, TimeUnit.SECONDS)
                        + " from " + GreeterAsync.class.getModule().getName();
                  }
                }
                """));

    assertTrue(result.success(), result::report);
    assertFalse(result.diagnostics().contains("WARNING"), result::report);
    String facade = result.generated().get(Path.of("app", "greet", "GreeterAsync.java").toString());
    assertEquals(marksGenerated, facade.contains("@Generated("), result::report);
    assertEquals(
        "hello modules from app",
        result.loadFromModule("app", "app.greet.Main").getMethod("run").invoke(null));
  }
}
