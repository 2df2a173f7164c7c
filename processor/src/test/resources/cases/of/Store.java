package com.example.of.lib;

import java.io.IOException;

/** A library's interface, in another package: its facade goes where the @Async.Of is. */
public interface Store<K, V> {

  V load(K key) throws IOException;

  void save(K key, V value);
}
