package com.example.nesting;

import dev.asyncgen.Async;

/** Facades of nested interfaces are top-level, named after every type that encloses them. */
public final class Outer {
  private Outer() {}

  @Async
  public interface Inner {
    String name();
  }

  public interface Middle {
    @Async
    interface Deepest {
      int depth(Inner inner);
    }
  }
}
