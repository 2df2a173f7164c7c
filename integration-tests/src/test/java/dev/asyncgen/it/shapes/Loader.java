package dev.asyncgen.it.shapes;

/** A generic super-interface whose result type is a type variable. */
public interface Loader<T> {
  T load();
}
