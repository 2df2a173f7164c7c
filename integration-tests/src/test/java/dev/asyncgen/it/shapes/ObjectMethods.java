package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/**
 * Redeclares Object's public methods (not wrapped: every implementation has them already), and
 * declares overloads that merely share their names (wrapped).
 */
@Async
public interface ObjectMethods {
  @Override
  boolean equals(Object other);

  @Override
  int hashCode();

  @Override
  String toString();

  String value();

  boolean equals(Object a, Object b);

  int hashCode(String text);

  String toString(int radix);
}
