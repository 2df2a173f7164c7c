package dev.asyncgen.it.shapes;

/**
 * A generic super-interface whose generic method's type variable {@code T} has the name of the type
 * variable of {@link Picker}, which extends it.
 */
public interface Base<A> {
  <T> T pick(A a, T t);

  <T extends A> List<T> only(java.util.List<? extends T> ts);

  /** Not {@code java.util.List}: a second T in the same method, nested. */
  interface List<E> extends java.util.List<E> {}
}
