package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each facade overload calls the sync overload with the same parameter types. */
class OverloadsTest {

  static final class Impl implements Overloads {
    @Override
    public String describe() {
      return "()";
    }

    @Override
    public String describe(int value) {
      return "int " + value;
    }

    @Override
    public String describe(long value) {
      return "long " + value;
    }

    @Override
    public String describe(Integer value) {
      return "Integer " + value;
    }

    @Override
    public String describe(String value) {
      return "String " + value;
    }

    @Override
    public String describe(Object value) {
      return "Object " + value;
    }

    @Override
    public String describe(int a, int b) {
      return "int,int " + a + "," + b;
    }

    @Override
    public String describe(List<String> values) {
      return "List " + values;
    }

    @Override
    public <T extends Number> String describe(T[] values) {
      return "T[] " + values.length;
    }
  }

  private final OverloadsAsync facade = OverloadsAsync.of(new Impl());

  @Test
  void eachOverloadReachesItsCounterpart() {
    assertEquals("()", await(facade.describe()));
    assertEquals("int 1", await(facade.describe(1)));
    assertEquals("long 2", await(facade.describe(2L)));
    assertEquals("Integer 3", await(facade.describe(Integer.valueOf(3))));
    assertEquals("String s", await(facade.describe("s")));
    assertEquals("Object 4.5", await(facade.describe((Object) 4.5)));
    assertEquals("Object 4.5", await(facade.describe(4.5))); // double boxes to Object, as in sync
    assertEquals("int,int 5,6", await(facade.describe(5, 6)));
    assertEquals("List [a]", await(facade.describe(List.of("a"))));
    assertEquals("T[] 2", await(facade.describe(new Integer[] {1, 2})));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(OverloadsAsync.class, Overloads.class);
    assertEquals(
        List.of(
            "<T extends Number> describe(T[]) -> CompletableFuture<String>",
            "describe() -> CompletableFuture<String>",
            "describe(Integer) -> CompletableFuture<String>",
            "describe(List<String>) -> CompletableFuture<String>",
            "describe(Object) -> CompletableFuture<String>",
            "describe(String) -> CompletableFuture<String>",
            "describe(int) -> CompletableFuture<String>",
            "describe(int, int) -> CompletableFuture<String>",
            "describe(long) -> CompletableFuture<String>"),
        Signatures.of(OverloadsAsync.class));
  }
}
