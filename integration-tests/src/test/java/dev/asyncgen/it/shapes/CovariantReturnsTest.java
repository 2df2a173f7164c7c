package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A method inherited from two parents with different return types appears once, returning a future
 * of the most specific one: what calling it on the sync interface returns.
 */
class CovariantReturnsTest {

  static class Impl implements Covariance.WideFirst, Covariance.NarrowFirst {
    @Override
    public String text() {
      return "text";
    }

    @Override
    public Integer count() {
      return 3;
    }

    @Override
    public List<String> items() {
      return new ArrayList<>(List.of("i"));
    }

    @Override
    public CompletableFuture<Integer> load() {
      return CompletableFuture.completedFuture(8);
    }

    @Override
    public List<Integer> numbers() {
      return List.of(1, 2);
    }
  }

  private static final List<String> MOST_SPECIFIC =
      List.of(
          "count() -> CompletableFuture<Integer>",
          "items() -> CompletableFuture<List<String>>",
          "load() -> CompletableFuture<Integer>",
          "numbers() -> CompletableFuture<List<Integer>>",
          "text() -> CompletableFuture<String>");

  @Test
  void narrowParentFirst() throws Exception {
    Covariance_NarrowFirstAsync facade = Covariance_NarrowFirstAsync.of(new Impl());
    CompletableFuture<String> text = facade.text();
    CompletableFuture<Integer> count = facade.count();
    CompletableFuture<List<String>> items = facade.items();
    CompletableFuture<Integer> load = facade.load();
    CompletableFuture<List<Integer>> numbers = facade.numbers();
    assertEquals("text", await(text));
    assertEquals(3, await(count));
    assertEquals(List.of("i"), await(items));
    assertEquals(8, await(load));
    assertEquals(List.of(1, 2), await(numbers));
    Signatures.assertFacadeContract(
        Covariance_NarrowFirstAsync.class, Covariance.NarrowFirst.class);
    assertEquals(MOST_SPECIFIC, Signatures.of(Covariance_NarrowFirstAsync.class));
  }

  /**
   * The values are right whatever the declared types; those are checked by reflection in {@link
   * #wideParentFirstSignatures}, so that a wrong type fails that test instead of stopping this
   * module from compiling ({@code var}: with Eclipse's compiler every facade method here returns
   * the wide type).
   */
  @Test
  void wideParentFirstRunsAndReturnsTheNarrowValues() {
    Covariance_WideFirstAsync facade = Covariance_WideFirstAsync.of(new Impl());
    var text = facade.text();
    var count = facade.count();
    var items = facade.items();
    var load = facade.load();
    var numbers = facade.numbers();
    assertEquals("text", await(text));
    assertEquals(3, await(count));
    assertEquals(List.of("i"), await(items));
    assertEquals(8, await(load));
    assertEquals(List.of(1, 2), await(numbers));
  }

  /**
   * The declaration order of the parents must not matter. {@code WideFirst.numbers()} returns
   * {@code List<Integer>} (the narrow parent's, a subtype of {@code List<? extends Number>}), so
   * the facade must return {@code CompletableFuture<List<Integer>>}. Both returns erase to {@code
   * List}, so this is where a most-specific check on erased types goes wrong.
   */
  @Test
  void wideParentFirstSignatures() throws Exception {
    Signatures.assertFacadeContract(Covariance_WideFirstAsync.class, Covariance.WideFirst.class);
    assertEquals(MOST_SPECIFIC, Signatures.of(Covariance_WideFirstAsync.class));
  }

  @Test
  void redeclaredInTheInterface() throws Exception {
    Covariance.Redeclared impl =
        new Covariance.Redeclared() {
          @Override
          public String text() {
            return "t";
          }

          @Override
          public Number count() {
            return 1.5;
          }

          @Override
          public List<String> items() {
            return List.of();
          }

          @Override
          public CompletableFuture<Double> load() {
            return CompletableFuture.completedFuture(2.5);
          }

          @Override
          public List<? extends Number> numbers() {
            return List.of();
          }
        };
    Covariance_RedeclaredAsync facade = Covariance_RedeclaredAsync.of(impl);
    CompletableFuture<String> text = facade.text();
    assertEquals("t", await(text));
    CompletableFuture<Number> load = facade.load();
    assertEquals(2.5, await(load));
    assertEquals(
        List.of(
            "count() -> CompletableFuture<Number>",
            "items() -> CompletableFuture<Collection<String>>",
            "load() -> CompletableFuture<Number>",
            "numbers() -> CompletableFuture<List<? extends Number>>",
            "text() -> CompletableFuture<String>"),
        Signatures.of(Covariance_RedeclaredAsync.class));
  }
}
