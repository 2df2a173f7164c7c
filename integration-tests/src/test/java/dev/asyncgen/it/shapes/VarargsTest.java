package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VarargsTest {

  static final class Impl implements Varargs {
    @Override
    public int sum(int... values) {
      return Arrays.stream(values).sum();
    }

    @Override
    public String join(String separator, Object... parts) {
      return Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(separator));
    }

    @Override
    public int depth(String[]... rows) {
      return rows.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int totalSize(List<String>... lists) {
      return Arrays.stream(lists).mapToInt(List::size).sum();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> listOf(T... items) {
      return List.of(items);
    }

    @Override
    public int count(String[] notVarargs) {
      return notVarargs.length;
    }
  }

  private final VarargsAsync facade = VarargsAsync.of(new Impl());

  @Test
  void calledWithAVarargsList() {
    assertEquals(6, await(facade.sum(1, 2, 3)));
    assertEquals("a-1-true", await(facade.join("-", "a", 1, true)));
    assertEquals(2, await(facade.depth(new String[] {"a"}, new String[0])));
  }

  @Test
  void calledWithNoVarargs() {
    assertEquals(0, await(facade.sum()));
    assertEquals("", await(facade.join("-")));
    assertEquals(0, await(facade.depth()));
    assertEquals(List.of(), await(facade.<String>listOf()));
  }

  @Test
  void calledWithAnArray() {
    assertEquals(10, await(facade.sum(new int[] {4, 6})));
    assertEquals("x/y", await(facade.join("/", new Object[] {"x", "y"})));
  }

  @Test
  @SuppressWarnings("unchecked") // generic array creation for the List<String>... call
  void genericVarargs() {
    assertEquals(3, await(facade.totalSize(List.of("a"), List.of("b", "c"))));
    List<Integer> list = await(facade.listOf(1, 2, 3));
    assertEquals(List.of(1, 2, 3), list);
  }

  @Test
  void varargsStayVarargsAndArraysStayArrays() throws Exception {
    for (String name : List.of("sum", "join", "depth", "totalSize", "listOf")) {
      List<Method> methods = Signatures.named(VarargsAsync.class, name);
      assertEquals(1, methods.size(), name);
      assertTrue(methods.get(0).isVarArgs(), name + " is varargs on the facade");
    }
    assertFalse(Signatures.named(VarargsAsync.class, "count").get(0).isVarArgs());
    assertEquals(2, await(facade.count(new String[] {"a", "b"})));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(VarargsAsync.class, Varargs.class);
    assertEquals(
        List.of(
            "<T> listOf(T...) -> CompletableFuture<List<T>>",
            "count(String[]) -> CompletableFuture<Integer>",
            "depth(String[]...) -> CompletableFuture<Integer>",
            "join(String, Object...) -> CompletableFuture<String>",
            "sum(int...) -> CompletableFuture<Integer>",
            "totalSize(List<String>...) -> CompletableFuture<Integer>"),
        Signatures.of(VarargsAsync.class));
  }
}
