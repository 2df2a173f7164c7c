package dev.asyncgen.it.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.ProcessorCompiler;
import dev.asyncgen.it.support.ProcessorCompiler.Result;
import dev.asyncgen.it.support.ProcessorCompiler.Tool;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shapes whose facades must compile, with javac under {@code -Xlint:all -Werror} and with Eclipse's
 * compiler, compiled here one by one (see {@link ProcessorCompiler}) because a failure among this
 * module's own sources would stop every other test from running. (The intersection bounds, which
 * also fail with ECJ, are compiled and run in {@code IntersectionBoundsTest}.)
 */
class GeneratedCodeCompilesTest {

  @TempDir Path work;

  /** The harness itself: a plain interface compiles cleanly and gets its facade. */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void aPlainInterfaceCompilesWithoutWarnings(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "p/Plain.java",
                """
                package p;

                @dev.asyncgen.Async
                public interface Plain {
                  String get(int i);
                }
                """));
    assertTrue(result.success(), result::report);
    assertTrue(
        result.generated().containsKey(Path.of("p", "PlainAsync.java").toString()), result::report);
    assertTrue(
        result.generated().containsKey(Path.of("p", "PlainAsyncImpl.java").toString()),
        result::report);
    assertFalse(result.diagnostics().contains("WARNING"), result::report);
  }

  /** The harness reports what the processor rejects: it is not blind to errors. */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void aReservedSignatureIsAnError(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "p/Reserved.java",
                """
                package p;

                @dev.asyncgen.Async
                public interface Reserved {
                  Reserved of(Reserved other);
                }
                """));
    assertFalse(result.success(), result::report);
    assertTrue(result.diagnostics().contains("[asyncgen:reserved-method]"), result::report);
  }

  /**
   * Raw {@code CompletionStage} and {@code CompletableFuture} results, as legacy code has them. The
   * facade methods return {@code CompletableFuture<Object>}; the generated calls must not draw
   * unchecked warnings.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void rawStageResults(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "p/RawStages.java",
                """
                package p;

                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.CompletionStage;

                @dev.asyncgen.Async
                @SuppressWarnings("rawtypes")
                public interface RawStages {
                  CompletionStage stage();

                  CompletableFuture future();
                }
                """));
    assertTrue(result.success(), result::report);
  }

  /**
   * A type variable bounded by a class and an interface, in parameters and a result type argument
   * only. Its declaration must be copied as it is, {@code <N extends Number & Comparable<N>>}.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void anIntersectionBoundedTypeVariableParameter(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "p/Ordering.java",
                """
                package p;

                import java.util.List;

                @dev.asyncgen.Async
                public interface Ordering {
                  <N extends Number & Comparable<N>> List<N> ordered(N a, N b);
                }
                """));
    assertTrue(result.success(), result::report);
  }

  /**
   * The same variable returned bare: the processor looks through its bound for a CompletionStage,
   * and must not loop on it.
   */
  @ParameterizedTest
  @EnumSource(Tool.class)
  void anIntersectionBoundedTypeVariableResult(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "p/Maximum.java",
                """
                package p;

                @dev.asyncgen.Async
                public interface Maximum {
                  <N extends Number & Comparable<N>> N max(N a, N b);
                }
                """));
    assertTrue(result.success(), result::report);
    assertFalse(result.diagnostics().contains("internal-error"), result::report);
  }
}
