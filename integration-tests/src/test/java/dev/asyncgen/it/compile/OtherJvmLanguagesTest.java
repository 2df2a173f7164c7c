package dev.asyncgen.it.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.ProcessorCompiler;
import dev.asyncgen.it.support.ProcessorCompiler.Result;
import dev.asyncgen.it.support.ProcessorCompiler.Tool;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Facades of Scala 2.13's {@code Iterator} and {@code mutable.Buffer}, compiled by javac and by
 * Eclipse's compiler and called on Scala's own implementations. The two compilers read Scala's
 * class files differently: ECJ finds a call of any of {@code Buffer}'s hundred methods that it
 * inherits along two paths with different type arguments ambiguous, javac none of them, so the
 * facade calls those through the trait declaring them.
 */
class OtherJvmLanguagesTest {

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(Tool.class)
  void scalaIteratorAndBufferFacadesCompileAndRun(Tool tool) throws Exception {
    Result result =
        ProcessorCompiler.compile(
            tool,
            work,
            Map.of(
                "q/Holder.java",
                """
                package q;

                @dev.asyncgen.Async.Of(scala.collection.Iterator.class)
                @dev.asyncgen.Async.Of(scala.collection.mutable.Buffer.class)
                final class Holder {}
                """,
                "q/Use.java",
                """
                package q;

                import scala.collection.Iterator;
                import scala.collection.mutable.ArrayBuffer;

                public final class Use {
                  @SuppressWarnings("rawtypes")
                  public static String run() throws Exception {
                    Iterator.GroupedIterator groups =
                        IteratorAsync.of(Iterator.range(0, 3), Runnable::run).grouped(2).get();
                    BufferAsync<String> buffer = BufferAsync.of(new ArrayBuffer<String>(), Runnable::run);
                    buffer.addOne("a").get();
                    buffer.foreach(x -> x).get();
                    return groups.next() + " " + buffer.mkString(",").get();
                  }
                }
                """),
            List.of(scala.collection.Iterator.class));

    assertTrue(result.success(), result::report);
    assertFalse(result.diagnostics().contains("ERROR"), result::report);
    assertEquals(
        "ArraySeq(0, 1) a", result.load("q.Use").getMethod("run").invoke(null));
  }
}
