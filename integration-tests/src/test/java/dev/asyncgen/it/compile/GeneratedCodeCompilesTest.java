package dev.asyncgen.it.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes whose facades must compile under {@code -Xlint:all -Werror}, compiled here one by one (see
 * {@link ProcessorCompiler}) because a failure among this module's own sources would stop every
 * other test from running.
 */
class GeneratedCodeCompilesTest {

  @TempDir Path work;

  /** The harness itself: a plain interface compiles cleanly and gets its facade. */
  @Test
  void aPlainInterfaceCompilesWithoutWarnings() throws Exception {
    ProcessorCompiler.Result result =
        ProcessorCompiler.compile(
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
  @Test
  void aReservedSignatureIsAnError() throws Exception {
    ProcessorCompiler.Result result =
        ProcessorCompiler.compile(
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
   * A raw {@code CompletionStage} result, as legacy code has it. The facade method returns {@code
   * CompletableFuture<Object>}; the generated call must not draw unchecked warnings.
   */
  @Test
  void aRawCompletionStageResult() throws Exception {
    ProcessorCompiler.Result result =
        ProcessorCompiler.compile(
            work,
            Map.of(
                "p/RawStage.java",
                """
                package p;

                import java.util.concurrent.CompletionStage;

                @dev.asyncgen.Async
                @SuppressWarnings("rawtypes")
                public interface RawStage {
                  CompletionStage stage();
                }
                """));
    assertTrue(result.success(), result::report);
  }

  /** The same with a raw {@code CompletableFuture}, a subtype of CompletionStage. */
  @Test
  void aRawCompletableFutureResult() throws Exception {
    ProcessorCompiler.Result result =
        ProcessorCompiler.compile(
            work,
            Map.of(
                "p/RawFuture.java",
                """
                package p;

                import java.util.concurrent.CompletableFuture;

                @dev.asyncgen.Async
                @SuppressWarnings("rawtypes")
                public interface RawFuture {
                  CompletableFuture future();
                }
                """));
    assertTrue(result.success(), result::report);
  }
}
