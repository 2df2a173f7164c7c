package dev.asyncgen.processor;

import static dev.asyncgen.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.asyncgen.processor.differential.CompiledClasses;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Facades of Scala 2.13's collection traits, read from scala-library's class files. Scala writes
 * signatures that Java source cannot spell as they are: {@code Iterator<A>.GroupedIterator<B>}, a
 * member class of an interface that its class file calls inner (Java calls every member class of
 * an interface static, and then accepts only the raw {@code Iterator.GroupedIterator}), and {@code
 * SeqFactory<Buffer>}, a higher-kinded type whose erased argument is not within the Java bound. The
 * facades must still compile without a warning, and work.
 */
class ScalaInterfacesTest {

  @Test
  void iteratorFacadeCompilesWarningFreeAndRuns() throws Exception {
    Compilation compilation =
        Compilations.assertWarningFree(
            source(
                "q.Holder",
                "package q;",
                "@dev.asyncgen.Async.Of(scala.collection.Iterator.class)",
                "final class Holder {}"),
            source(
                "q.Use",
                "package q;",
                "import scala.collection.Iterator;",
                "public final class Use {",
                "  @SuppressWarnings(\"rawtypes\")",
                "  public static String run() throws Exception {",
                "    IteratorAsync<Object> numbers = IteratorAsync.of(Iterator.range(0, 5));",
                "    Iterator.GroupedIterator groups = numbers.grouped(2).get();",
                "    StringBuilder text = new StringBuilder();",
                "    while (groups.hasNext()) {",
                "      text.append(groups.next()).append(';');",
                "    }",
                "    return text.toString();",
                "  }",
                "}"));

    String facade = generated(compilation, "q/IteratorAsync.java");
    assertTrue(facade.contains("CompletableFuture<Iterator.GroupedIterator> grouped(int size)"), facade);
    assertEquals("ArraySeq(0, 1);ArraySeq(2, 3);ArraySeq(4);", run(compilation));
  }

  @Test
  void bufferFacadeCompilesWarningFreeAndRuns() throws Exception {
    Compilation compilation =
        Compilations.assertWarningFree(
            source(
                "q.Holder",
                "package q;",
                "@dev.asyncgen.Async.Of(scala.collection.mutable.Buffer.class)",
                "final class Holder {}"),
            source(
                "q.Use",
                "package q;",
                "import scala.collection.mutable.ArrayBuffer;",
                "public final class Use {",
                "  public static String run() throws Exception {",
                "    BufferAsync<String> buffer = BufferAsync.of(new ArrayBuffer<String>());",
                "    buffer.addOne(\"a\").get();",
                "    buffer.prepend(\"b\").get();",
                "    return buffer.mkString(\",\").get() + \" \" + buffer.iterableFactory().get().getClass().getName();",
                "  }",
                "}"));

    String facade = generated(compilation, "q/BufferAsync.java");
    assertTrue(facade.contains("CompletableFuture<SeqFactory> iterableFactory()"), facade);
    assertEquals("b,a scala.collection.mutable.ArrayBuffer$", run(compilation));
  }

  private static String generated(Compilation compilation, String path) {
    return Compilations.content(
        compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow());
  }

  private static String run(Compilation compilation) throws Exception {
    ClassLoader loader = new CompiledClasses(compilation, ScalaInterfacesTest.class.getClassLoader());
    return (String) Class.forName("q.Use", true, loader).getMethod("run").invoke(null);
  }
}
