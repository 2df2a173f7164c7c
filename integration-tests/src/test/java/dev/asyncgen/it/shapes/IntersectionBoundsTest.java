package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IntersectionBoundsTest {

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

  private final NumbersAsync facade = NumbersAsync.of(new Impl());

  @Test
  void intersectionBoundedResultsKeepTheirType() {
    CompletableFuture<Integer> ints = facade.max(3, 7);
    assertEquals(7, await(ints));
    CompletableFuture<BigDecimal> decimals =
        facade.max(new BigDecimal("2.5"), new BigDecimal("1.5"));
    assertEquals(new BigDecimal("2.5"), await(decimals));
    assertEquals(12.0, await(facade.sumOfLargest(List.of(1L, 5L, 7L), 2)));
  }

  @Test
  void recursiveEnumBound() {
    CompletableFuture<TimeUnit> unit = facade.parse(TimeUnit.class, "SECONDS");
    assertEquals(TimeUnit.SECONDS, await(unit));
  }

  @Test
  void explicitTypeArguments() {
    CompletableFuture<String> first = facade.<String, List<String>>first(List.of("b", "a"));
    assertEquals("b", await(first));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(NumbersAsync.class, Numbers.class);
    assertEquals(
        List.of(
            "<A extends CharSequence & Comparable<A>, B extends List<A>> first(B) ->"
                + " CompletableFuture<A>",
            "<E extends Enum<E>> parse(Class<E>, String) -> CompletableFuture<E>",
            "<N extends Number & Comparable<? super N>> sumOfLargest(List<N>, int) ->"
                + " CompletableFuture<Double>",
            "<N extends Number & Comparable<N>> max(N, N) -> CompletableFuture<N>"),
        Signatures.of(NumbersAsync.class));
  }
}
