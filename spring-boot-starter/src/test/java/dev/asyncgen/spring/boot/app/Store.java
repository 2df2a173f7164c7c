package dev.asyncgen.spring.boot.app;

import dev.asyncgen.Async;

/** A generic @Async interface: its facade bean is injectable as StoreAsync of the element type. */
@Async
public interface Store<T> {

  T load(String id);

  /** A store of numbers. */
  @org.springframework.stereotype.Component
  class Numbers implements Store<Integer> {
    @Override
    public Integer load(String id) {
      return id.length();
    }
  }
}
