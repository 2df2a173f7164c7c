package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Holds another nested {@code Inner}, whose facade must not collide with {@link Outer}'s. */
public class Other {
  @Async
  public interface Inner {
    long where();
  }

  /** Package-private nesting: a package-private facade. */
  @Async
  interface Quiet {
    void hush();
  }
}
