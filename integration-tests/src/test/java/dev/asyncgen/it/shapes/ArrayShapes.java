package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Arrays of primitives and of references, one- to three-dimensional, in and out. */
@Async
public interface ArrayShapes {
  int[] reversed(int[] values);

  String[][] transpose(String[][] grid);

  long[][][] cube(int size);

  int total(int[][] rows);

  Object[] same(Object[] array);

  char[] chars(String text);
}
