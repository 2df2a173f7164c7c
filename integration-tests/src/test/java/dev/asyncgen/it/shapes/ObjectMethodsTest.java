package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ObjectMethodsTest {

  static final class Impl implements ObjectMethods {
    @Override
    public boolean equals(Object other) {
      return other instanceof Impl;
    }

    @Override
    public int hashCode() {
      return 1;
    }

    @Override
    public String toString() {
      return "impl";
    }

    @Override
    public String value() {
      return "v";
    }

    @Override
    public boolean equals(Object a, Object b) {
      return a.equals(b);
    }

    @Override
    public int hashCode(String text) {
      return text.length();
    }

    @Override
    public String toString(int radix) {
      return Integer.toString(255, radix);
    }
  }

  @Test
  void objectMethodsAreNotWrapped() throws Exception {
    Signatures.assertFacadeContract(ObjectMethodsAsync.class, ObjectMethods.class);
    assertEquals(
        List.of(
            "equals(Object, Object) -> CompletableFuture<Boolean>",
            "hashCode(String) -> CompletableFuture<Integer>",
            "toString(int) -> CompletableFuture<String>",
            "value() -> CompletableFuture<String>"),
        Signatures.of(ObjectMethodsAsync.class));
    for (String name : List.of("equals", "hashCode", "toString")) {
      assertTrue(
          ObjectMethodsAsync.class.getDeclaredMethods().length > 0
              && java.util.Arrays.stream(ObjectMethodsAsync.class.getDeclaredMethods())
                  .noneMatch(
                      m ->
                          m.getName().equals(name)
                              && m.getParameterCount() == (name.equals("equals") ? 1 : 0)),
          name + " is not redeclared by the facade");
    }
  }

  @Test
  void theOverloadsAreWrappedAndTheFacadeHasPlainObjectMethods() {
    ObjectMethodsAsync facade = ObjectMethodsAsync.of(new Impl());
    assertEquals("v", await(facade.value()));
    CompletableFuture<Boolean> equal = facade.equals("a", "a");
    assertEquals(true, await(equal));
    assertEquals(4, await(facade.hashCode("four")));
    assertEquals("ff", await(facade.toString(16)));
    // The facade's own equals/hashCode/toString are ordinary, synchronous ones.
    assertEquals(facade, facade);
    assertEquals(false, facade.equals(ObjectMethodsAsync.of(new Impl())));
    assertTrue(facade.toString().contains("impl"), facade.toString());
  }
}
