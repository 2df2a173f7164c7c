package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BoundedGenericsTest {

  static final class TreeStore<K extends Comparable<K>, V extends java.util.Collection<K>>
      implements SortedStore<K, V> {
    private final TreeMap<K, V> map = new TreeMap<>();

    @Override
    public synchronized void put(K key, V value) {
      map.put(key, value);
    }

    @Override
    public synchronized Optional<V> get(K key) {
      return Optional.ofNullable(map.get(key));
    }

    @Override
    public synchronized K smallest() {
      return map.firstKey();
    }

    @Override
    public synchronized List<K> keysBetween(K from, K to) {
      return new ArrayList<>(map.subMap(from, true, to, true).keySet());
    }

    @Override
    public synchronized Map<K, V> snapshot() {
      return new TreeMap<>(map);
    }
  }

  @Test
  void typeArgumentsFlowThroughTheFacade() {
    SortedStoreAsync<String, Set<String>> store =
        SortedStoreAsync.of(new TreeStore<String, Set<String>>());
    await(store.put("m", Set.of("m1")));
    await(store.put("c", Set.of("c1", "c2")));
    await(store.put("x", Set.of()));

    CompletableFuture<String> smallest = store.smallest();
    assertEquals("c", await(smallest));
    assertEquals(Optional.of(Set.of("c1", "c2")), await(store.get("c")));
    assertEquals(Optional.empty(), await(store.get("nope")));
    assertEquals(List.of("c", "m"), await(store.keysBetween("a", "n")));
    assertEquals(Set.of("c", "m", "x"), await(store.snapshot()).keySet());
  }

  @Test
  void aUserDefinedComparableKeyWorksToo() {
    SortedStoreAsync<Version, List<Version>> store =
        SortedStoreAsync.of(new TreeStore<Version, List<Version>>());
    await(store.put(new Version(2), List.of(new Version(2))));
    await(store.put(new Version(1), List.of()));
    assertEquals(new Version(1), await(store.smallest()));
  }

  record Version(int number) implements Comparable<Version> {
    @Override
    public int compareTo(Version other) {
      return Integer.compare(number, other.number);
    }
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(SortedStoreAsync.class, SortedStore.class);
    assertEquals(
        "K extends Comparable<K>, V extends Collection<K>",
        Signatures.typeParameters(SortedStoreAsync.class));
    assertEquals(
        List.of(
            "get(K) -> CompletableFuture<Optional<V>>",
            "keysBetween(K, K) -> CompletableFuture<List<K>>",
            "put(K, V) -> CompletableFuture<Void>",
            "smallest() -> CompletableFuture<K>",
            "snapshot() -> CompletableFuture<Map<K, V>>"),
        Signatures.of(SortedStoreAsync.class));
  }
}
