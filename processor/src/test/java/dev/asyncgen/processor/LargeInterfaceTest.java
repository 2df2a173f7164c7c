package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.processor.differential.CompiledClasses;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Class-file limits. A class may hold 65,535 constant-pool entries, and AWS's {@code Ec2Client}
 * (2,132 methods) gave a facade implementation of about 50,000: an interface twice its size must
 * still get a facade that compiles, with every generated class well inside the limit, and works.
 */
class LargeInterfaceTest {

  /** Twice the EC2 client's methods, with a gather helper for each as {@code @Async} gives. */
  private static final int METHODS = 8_000;

  /** Half the limit: what "well inside" means here. */
  private static final int CONSTANT_POOL_BUDGET = 65_535 / 2;

  /**
   * One-parameter shapes, cycled through: generic, primitive, array, void, stage. Default methods,
   * so that {@code new Huge() {}} is a delegate: a {@code java.lang.reflect.Proxy} of 8,000
   * methods is more than a class initializer may hold.
   */
  private static final String[] SHAPES = {
    "default String m%d(int a) { return String.valueOf(a); }",
    "default long m%d(String s) { return s.length(); }",
    "default java.util.List<String> m%d(long id) { return java.util.List.of(\"x\"); }",
    "default void m%d(Object o) {}",
    "default <T extends Comparable<T>> T m%d(T t) { return t; }",
    "default java.util.concurrent.CompletionStage<Integer> m%d(Integer n) {"
        + " return java.util.concurrent.CompletableFuture.completedFuture(n); }",
    "default java.util.Map<String, Long> m%d(java.util.Set<String> keys) { return java.util.Map.of(); }",
    "default byte[] m%d(double d) { return new byte[] {(byte) (d * 2)}; }",
  };

  @Test
  void anInterfaceOfEightThousandMethodsGetsAFacadeThatCompilesAndRuns() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor())
            .withOptions(Compilations.STRICT)
            .compile(hugeInterface(), caller());

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, Integer> pools = constantPoolCounts(compilation);
    assertTrue(pools.containsKey("p/HugeAsync") && pools.containsKey("p/HugeAsyncImpl"), pools.toString());
    for (Map.Entry<String, Integer> pool : pools.entrySet()) {
      assertTrue(
          pool.getValue() <= CONSTANT_POOL_BUDGET,
          pool.getKey() + " uses " + pool.getValue() + " constant-pool entries: " + pools);
    }
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    assertEquals(
        "7 9 [x] 2.5 [3, 4] 1 [2]",
        Class.forName("p.Caller", true, loader).getMethod("run").invoke(null));
  }

  private static JavaFileObject hugeInterface() {
    List<String> lines = new ArrayList<>();
    lines.add("package p;");
    lines.add("@dev.asyncgen.Async");
    lines.add("public interface Huge {");
    for (int i = 0; i < METHODS; i++) {
      lines.add("  " + String.format(SHAPES[i % SHAPES.length], i));
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("p.Huge", lines.toArray(new String[0]));
  }

  /**
   * Calls methods from the first, a middle and the last class of the implementation, and two
   * gather helpers.
   */
  private static JavaFileObject caller() {
    int last = METHODS - 1; // shape 7: byte[] m7999(double d)
    return JavaFileObjects.forSourceLines(
        "p.Caller",
        "package p;",
        "import java.util.List;",
        "public final class Caller {",
        "  public static String run() throws Exception {",
        "    HugeAsync facade = HugeAsync.of(new Huge() {}, Runnable::run);",
        "    return facade.m0(7).get()",
        "        + \" \" + facade.m4001(\"forty-two\").get()",
        "        + \" \" + facade.m4002(1L).get()",
        "        + \" \" + facade.m" + (METHODS / 2 + 4) + "(2.5).get()",
        "        + \" \" + facade.gatherM0(List.of(3, 4)).get()",
        "        + \" \" + facade.m" + last + "(0.5).get()[0]",
        "        + \" \" + facade.gatherM" + (last - 6) + "(List.of(\"ab\")).get();",
        "  }",
        "}");
  }

  /** {@code declaration { void m0(int a); ... }}, on one line. */
  static String oneParameterMethods(String declaration, int methods) {
    StringBuilder source = new StringBuilder(declaration).append(" {");
    for (int i = 0; i < methods; i++) {
      source.append(" void m").append(i).append("(int a);");
    }
    return source.append(" }").toString();
  }

  /** Each generated class's {@code constant_pool_count}, read from its class file's header. */
  private static Map<String, Integer> constantPoolCounts(Compilation compilation) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() != JavaFileObject.Kind.CLASS || !path.contains("/p/HugeAsync")) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        DataInputStream data = new DataInputStream(in);
        data.readInt(); // magic
        data.readUnsignedShort(); // minor version
        data.readUnsignedShort(); // major version
        counts.put(
            path.substring(path.indexOf("/p/") + 1, path.length() - ".class".length()),
            data.readUnsignedShort());
      }
    }
    return counts;
  }
}
