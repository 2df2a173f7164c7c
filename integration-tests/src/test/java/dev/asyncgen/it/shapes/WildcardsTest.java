package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WildcardsTest {

  static final class Impl implements Wildcards {
    @Override
    public int copy(List<? super Integer> into, List<? extends Number> from) {
      for (Number n : from) {
        into.add(n.intValue());
      }
      return from.size();
    }

    @Override
    public int size(Collection<?> anything) {
      return anything.size();
    }

    @Override
    public List<? extends CharSequence> texts() {
      return List.of(new StringBuilder("sb"), "s");
    }

    @Override
    public Map<String, ? super Integer> sink() {
      return new HashMap<String, Number>();
    }

    @Override
    public <T> List<T> map(List<? extends String> in, Function<? super String, ? extends T> f) {
      return in.stream().map(f).collect(Collectors.toList());
    }

    @Override
    public List<? extends List<? super Integer>> nested() {
      List<Number> inner = new ArrayList<>();
      inner.add(1.5);
      return List.of(inner);
    }
  }

  private final WildcardsAsync facade = WildcardsAsync.of(new Impl());

  @Test
  void superAndExtendsWildcardsAcceptWhatTheSyncMethodAccepts() {
    List<Object> into = new ArrayList<>();
    assertEquals(2, await(facade.copy(into, List.of(1.9, 2L))));
    assertEquals(List.of(1, 2), into);
    List<Number> numbers = new ArrayList<>();
    assertEquals(1, await(facade.copy(numbers, List.of(3))));
    assertEquals(3, await(facade.size(Set.of('a', "b", 3))));
  }

  @Test
  void wildcardResults() {
    CompletableFuture<List<? extends CharSequence>> texts = facade.texts();
    assertEquals(
        "sb,s", await(texts).stream().map(CharSequence::toString).collect(Collectors.joining(",")));
    CompletableFuture<Map<String, ? super Integer>> sink = facade.sink();
    Map<String, ? super Integer> map = await(sink);
    map.put("k", 1);
    assertEquals(1, map.get("k"));
    CompletableFuture<List<? extends List<? super Integer>>> nested = facade.nested();
    assertEquals(List.of(List.of(1.5)), await(nested));
  }

  @Test
  void wildcardFunctionParameters() {
    Function<Object, Integer> hash = Object::hashCode;
    CompletableFuture<List<Number>> mapped = facade.<Number>map(List.of("a", "b"), hash);
    assertEquals(List.of("a".hashCode(), "b".hashCode()), await(mapped));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(WildcardsAsync.class, Wildcards.class);
    assertEquals(
        List.of(
            "<T> map(List<? extends String>, Function<? super String, ? extends T>) ->"
                + " CompletableFuture<List<T>>",
            "copy(List<? super Integer>, List<? extends Number>) -> CompletableFuture<Integer>",
            "nested() -> CompletableFuture<List<? extends List<? super Integer>>>",
            "sink() -> CompletableFuture<Map<String, ? super Integer>>",
            "size(Collection<?>) -> CompletableFuture<Integer>",
            "texts() -> CompletableFuture<List<? extends CharSequence>>"),
        Signatures.of(WildcardsAsync.class));
  }
}
