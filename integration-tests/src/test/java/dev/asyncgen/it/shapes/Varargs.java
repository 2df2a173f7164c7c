package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;

/** Varargs of every kind, including generic ones, which stay varargs on the facade. */
@Async
public interface Varargs {
  int sum(int... values);

  String join(String separator, Object... parts);

  int depth(String[]... rows);

  /** A parameterized varargs parameter: possible heap pollution, so javac warns here. */
  @SuppressWarnings("unchecked")
  int totalSize(List<String>... lists);

  /** A type-variable varargs parameter. */
  @SuppressWarnings("unchecked")
  <T> List<T> listOf(T... items);

  /** An array last parameter that is not varargs: stays an array. */
  int count(String[] notVarargs);
}
