package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Every primitive type as a parameter and as a result, and void. */
@Async
public interface Primitives {
  boolean not(boolean value);

  byte nextByte(byte value);

  short nextShort(short value);

  char nextChar(char value);

  int nextInt(int value);

  long nextLong(long value);

  float half(float value);

  double half(double value);

  void record(int a, long b, double c, boolean d);

  void nothing();
}
