package dev.asyncgen.it.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.ProcessorCompiler;
import dev.asyncgen.it.support.ProcessorCompiler.Result;
import dev.asyncgen.it.support.ProcessorCompiler.Tool;
import dev.asyncgen.it.support.Signatures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generic methods with intersection bounds ({@code <N extends Number & Comparable<N>>}) and
 * recursive ones, compiled and run with javac and with Eclipse's compiler.
 *
 * <p>Unlike the other shapes, this one is compiled inside the test (see {@link ProcessorCompiler}):
 * with ECJ the processor writes {@code <N extends N>} for such a variable and overflows its stack
 * on one returned bare, which among this module's own sources would stop the whole module from
 * compiling in the {@code ecj} build. The driver below calls the facade with declared types, so a
 * wrong facade signature fails its compilation.
 */
class IntersectionBoundsTest {

  private static final Map<String, String> SOURCES =
      Map.of(
          "p/Numbers.java",
          """
package p;

import dev.asyncgen.Async;
import java.util.List;

@Async
public interface Numbers {
  <N extends Number & Comparable<N>> N max(N a, N b);

  <N extends Number & Comparable<? super N>> double sumOfLargest(List<N> values, int count);

  <E extends Enum<E>> E parse(Class<E> type, String name);

  <A extends CharSequence & Comparable<A>, B extends List<A>> A first(B values);
}
""",
          "p/Driver.java",
          """
package p;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Calls the facade of a real implementation; the declared types are the check. */
public final class Driver implements Callable<Map<String, Object>> {
  static final class Impl implements Numbers {
    @Override
    public <N extends Number & Comparable<N>> N max(N a, N b) {
      return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public <N extends Number & Comparable<? super N>> double sumOfLargest(
        List<N> values, int count) {
      return values.stream()
          .sorted(Comparator.<N>reverseOrder())
          .limit(count)
          .mapToDouble(Number::doubleValue)
          .sum();
    }

    @Override
    public <E extends Enum<E>> E parse(Class<E> type, String name) {
      return Enum.valueOf(type, name);
    }

    @Override
    public <A extends CharSequence & Comparable<A>, B extends List<A>> A first(B values) {
      return values.get(0);
    }
  }

  @Override
  public Map<String, Object> call() throws Exception {
    NumbersAsync facade = NumbersAsync.of(new Impl());
    CompletableFuture<Integer> ints = facade.max(3, 7);
    CompletableFuture<BigDecimal> decimals =
        facade.max(new BigDecimal("2.5"), new BigDecimal("1.5"));
    CompletableFuture<Double> sum = facade.sumOfLargest(List.of(1L, 5L, 7L), 2);
    CompletableFuture<TimeUnit> unit = facade.parse(TimeUnit.class, "SECONDS");
    CompletableFuture<String> first =
        facade.<String, List<String>>first(List.of("b", "a"));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("max ints", ints.get(20, TimeUnit.SECONDS));
    results.put("max decimals", decimals.get(20, TimeUnit.SECONDS));
    results.put("sum", sum.get(20, TimeUnit.SECONDS));
    results.put("parse", unit.get(20, TimeUnit.SECONDS));
    results.put("first", first.get(20, TimeUnit.SECONDS));
    return results;
  }
}
""");

  /** One compilation per compiler, shared by the tests; kept under target/ for a look. */
  private static final Map<Tool, Result> COMPILED = new EnumMap<>(Tool.class);

  private static synchronized Result compiled(Tool tool) throws Exception {
    Result result = COMPILED.get(tool);
    if (result == null) {
      Path work =
          Paths.get(
              "target",
              "isolated-shapes",
              "intersection-bounds",
              tool.name().toLowerCase(Locale.ROOT));
      result = ProcessorCompiler.compile(tool, work, SOURCES);
      COMPILED.put(tool, result);
    }
    return result;
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void theFacadeRunsWithIntersectionBoundedTypes(Tool tool) throws Exception {
    @SuppressWarnings("unchecked")
    Callable<Map<String, Object>> driver =
        (Callable<Map<String, Object>>)
            compiled(tool).load("p.Driver").getConstructor().newInstance();
    Map<String, Object> results = driver.call();
    assertEquals(7, results.get("max ints"));
    assertEquals(new BigDecimal("2.5"), results.get("max decimals"));
    assertEquals(12.0, results.get("sum"));
    assertEquals(TimeUnit.SECONDS, results.get("parse"));
    assertEquals("b", results.get("first"));
  }

  @ParameterizedTest
  @EnumSource(Tool.class)
  void signatures(Tool tool) throws Exception {
    Result result = compiled(tool);
    Class<?> facade = result.load("p.NumbersAsync");
    Signatures.assertFacadeContract(facade, result.load("p.Numbers"));
    assertEquals(
        List.of(
            "<A extends CharSequence & Comparable<A>, B extends List<A>> first(B) ->"
                + " CompletableFuture<A>",
            "<E extends Enum<E>> parse(Class<E>, String) -> CompletableFuture<E>",
            "<N extends Number & Comparable<? super N>> sumOfLargest(List<N>, int) ->"
                + " CompletableFuture<Double>",
            "<N extends Number & Comparable<N>> max(N, N) -> CompletableFuture<N>"),
        Signatures.of(facade));
  }
}
