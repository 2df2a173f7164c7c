package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generic interface with a recursively bounded type variable and a second one bounded by the
 * first's use.
 */
@Async
public interface SortedStore<K extends Comparable<K>, V extends Collection<K>> {
  void put(K key, V value);

  Optional<V> get(K key);

  K smallest();

  List<K> keysBetween(K from, K to);

  Map<K, V> snapshot();
}
