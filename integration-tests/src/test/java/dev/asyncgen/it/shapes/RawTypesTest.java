package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"rawtypes", "unchecked"})
class RawTypesTest {

  static final class Impl implements Raw {
    @Override
    public List list(Map map) {
      return new ArrayList(map.keySet());
    }

    @Override
    public int compare(Comparator comparator, Object a, Object b) {
      return comparator.compare(a, b);
    }

    @Override
    public List[] lists(List... lists) {
      return lists;
    }
  }

  private final RawAsync facade = RawAsync.of(new Impl());

  @Test
  void rawTypesGoInAndComeOut() {
    CompletableFuture<List> list = facade.list(Map.of("k", "v"));
    assertEquals(List.of("k"), await(list));
    Comparator natural = Comparator.naturalOrder();
    assertEquals(true, await(facade.compare(natural, "a", "b")) < 0);
    List[] lists = {List.of(1)};
    assertSame(lists, await(facade.lists(lists)));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(RawAsync.class, Raw.class);
    assertEquals(
        List.of(
            "compare(Comparator, Object, Object) -> CompletableFuture<Integer>",
            "list(Map) -> CompletableFuture<List>",
            "lists(List...) -> CompletableFuture<List[]>"),
        Signatures.of(RawAsync.class));
  }
}
