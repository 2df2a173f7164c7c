package com.example.generics;

import dev.asyncgen.Async;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Bounded type variables, generic methods, wildcards and a stage of a method's own type. */
@Async
public interface Catalog<K extends Comparable<K>, V extends Number & Serializable> {

  V find(K key);

  <T extends V> List<T> all(Collection<? super K> keys, Class<T> type);

  <R> CompletionStage<R> transform(K key, Function<? super V, ? extends R> function);

  Map<K, List<? extends V>> index();
}
