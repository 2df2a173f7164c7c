package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"rawtypes", "unchecked"})
class RawParentTest {

  static final class Impl implements RawParent {
    @Override
    public String label(CharSequence value, List seen) {
      seen.add(value);
      return "<" + value + ">";
    }

    @Override
    public Object convert(CharSequence value, Class type) {
      return type.cast(value.toString());
    }

    @Override
    public int compareTo(Object other) {
      return 7;
    }
  }

  private final RawParentAsync facade = RawParentAsync.of(new Impl());

  @Test
  void methodsInheritedRawAreCalledWithTheirErasedTypes() {
    List<Object> seen = new ArrayList<>();
    assertEquals("<a>", await(facade.label("a", seen)));
    assertEquals(List.of("a"), seen);
    assertEquals("b", await(facade.convert("b", String.class)));
    assertEquals(2, await(facade.count(List.of("x", "y"))));
    assertEquals(7, await(facade.compareTo("anything")));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(RawParentAsync.class, RawParent.class);
    assertEquals(
        List.of(
            "compareTo(Object) -> CompletableFuture<Integer>",
            "convert(CharSequence, Class) -> CompletableFuture<Object>",
            "count(Collection) -> CompletableFuture<Integer>",
            "label(CharSequence, List) -> CompletableFuture<String>"),
        Signatures.of(RawParentAsync.class));
  }
}
