package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Facades of interfaces that only extend a parameterized JDK interface. */
class JdkSuperInterfacesTest {

  @Test
  void supplierOfAParameterizedType() throws Exception {
    NameSupplierAsync names = NameSupplierAsync.of(() -> List.of("a", "b"));
    CompletableFuture<List<String>> got = names.get();
    assertEquals(List.of("a", "b"), await(got));
    Signatures.assertFacadeContract(NameSupplierAsync.class, NameSupplier.class);
    assertEquals(
        List.of("get() -> CompletableFuture<List<String>>"),
        Signatures.of(NameSupplierAsync.class));
  }

  @Test
  void comparatorWithItsGenericDefaults() throws Exception {
    JdkInterfaces_StringOrderAsync order =
        JdkInterfaces_StringOrderAsync.of((a, b) -> Integer.compare(a.length(), b.length()));
    assertTrue(await(order.compare("aa", "b")) > 0);

    CompletableFuture<Comparator<String>> reversed = order.reversed();
    assertTrue(
        await(reversed).compare("aa", "b") < 0, "the default reversed() ran on the delegate");

    CompletableFuture<Comparator<String>> thenNatural =
        order.thenComparing(Comparator.naturalOrder());
    assertEquals(
        List.of("a", "b", "aa"),
        Stream.of("b", "aa", "a").sorted(await(thenNatural)).collect(Collectors.toList()));

    CompletableFuture<Comparator<String>> byLast =
        order.thenComparing(s -> s.charAt(s.length() - 1));
    assertEquals(
        List.of("z", "ba", "ab"),
        Stream.of("ab", "z", "ba").sorted(await(byLast)).collect(Collectors.toList()));

    CompletableFuture<Comparator<String>> byHash = order.thenComparingInt(String::hashCode);
    assertTrue(await(byHash).compare("a", "b") < 0);

    Signatures.assertFacadeContract(
        JdkInterfaces_StringOrderAsync.class, JdkInterfaces.StringOrder.class);
    List<String> methods = Signatures.of(JdkInterfaces_StringOrderAsync.class);
    assertEquals(
        List.of(
            "<U extends Comparable<? super U>> thenComparing(Function<? super String, ? extends U>)"
                + " -> CompletableFuture<Comparator<String>>",
            "<U> thenComparing(Function<? super String, ? extends U>, Comparator<? super U>) ->"
                + " CompletableFuture<Comparator<String>>",
            "compare(String, String) -> CompletableFuture<Integer>",
            "reversed() -> CompletableFuture<Comparator<String>>",
            "thenComparing(Comparator<? super String>) -> CompletableFuture<Comparator<String>>",
            "thenComparingDouble(ToDoubleFunction<? super String>) ->"
                + " CompletableFuture<Comparator<String>>",
            "thenComparingInt(ToIntFunction<? super String>) ->"
                + " CompletableFuture<Comparator<String>>",
            "thenComparingLong(ToLongFunction<? super String>) ->"
                + " CompletableFuture<Comparator<String>>"),
        methods,
        "equals (redeclared by Comparator) and the static factories are not wrapped");
  }

  @Test
  void callableWhoseMethodIsNamedCall() throws Exception {
    JdkInterfaces_TaskAsync task = JdkInterfaces_TaskAsync.of(() -> 7);
    assertEquals(7, await(task.call()));
    TimeoutException checked = new TimeoutException("checked, from Callable.call");
    JdkInterfaces_TaskAsync failing =
        JdkInterfaces_TaskAsync.of(
            () -> {
              throw checked;
            });
    assertSame(checked, causeFromGet(failing.call()));
    Signatures.assertFacadeContract(JdkInterfaces_TaskAsync.class, JdkInterfaces.Task.class);
    assertEquals(
        List.of("call() -> CompletableFuture<Integer>"),
        Signatures.of(JdkInterfaces_TaskAsync.class));
  }

  @Test
  void iterableWithDefaultForEachAndSpliterator() throws Exception {
    List<String> backing = List.of("x", "y");
    JdkInterfaces.Words words = backing::iterator;
    var executor = Executors.newSingleThreadExecutor();
    try {
      JdkInterfaces_WordsAsync facade = JdkInterfaces_WordsAsync.of(words, executor);
      CompletableFuture<Iterator<String>> iterator = facade.iterator();
      assertEquals("x", await(iterator).next());
      List<String> seen = new ArrayList<>();
      await(facade.forEach(seen::add)); // the default forEach, run on the executor
      assertEquals(backing, seen);
      assertEquals(
          backing,
          StreamSupport.stream(await(facade.spliterator()), false).collect(Collectors.toList()));
    } finally {
      executor.shutdownNow();
    }
    assertEquals(
        List.of(
            "forEach(Consumer<? super String>) -> CompletableFuture<Void>",
            "iterator() -> CompletableFuture<Iterator<String>>",
            "spliterator() -> CompletableFuture<Spliterator<String>>"),
        Signatures.of(JdkInterfaces_WordsAsync.class));
  }
}
