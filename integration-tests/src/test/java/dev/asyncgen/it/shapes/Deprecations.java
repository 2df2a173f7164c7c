package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Deprecated methods: the facade's methods are deprecated the same way. */
@Async
public interface Deprecations {
  @Deprecated
  String old();

  @Deprecated(since = "1.2", forRemoval = true)
  void gone();

  String current();

  /** A deprecated interface: its facade is deprecated too. */
  @Async
  @Deprecated(since = "0.9")
  interface Legacy {
    int legacy();
  }
}
