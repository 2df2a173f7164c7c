package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.List;

/** Overloads that differ by arity, primitive vs boxed, and generic vs plain. */
@Async
public interface Overloads {
  String describe();

  String describe(int value);

  String describe(long value);

  String describe(Integer value);

  String describe(String value);

  String describe(Object value);

  String describe(int a, int b);

  String describe(List<String> values);

  <T extends Number> String describe(T[] values);
}
