package dev.asyncgen.it.shadow;

/** Shadows {@code java.util.List} in this package. */
public final class List<T> {
  public final T only;

  public List(T only) {
    this.only = only;
  }
}
