package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArraysTest {

  static final class Impl implements ArrayShapes {
    @Override
    public int[] reversed(int[] values) {
      int[] out = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = values[values.length - 1 - i];
      }
      return out;
    }

    @Override
    public String[][] transpose(String[][] grid) {
      String[][] out = new String[grid[0].length][grid.length];
      for (int r = 0; r < grid.length; r++) {
        for (int c = 0; c < grid[r].length; c++) {
          out[c][r] = grid[r][c];
        }
      }
      return out;
    }

    @Override
    public long[][][] cube(int size) {
      long[][][] out = new long[size][size][size];
      out[size - 1][size - 1][size - 1] = 42;
      return out;
    }

    @Override
    public int total(int[][] rows) {
      int sum = 0;
      for (int[] row : rows) {
        for (int value : row) {
          sum += value;
        }
      }
      return sum;
    }

    @Override
    public Object[] same(Object[] array) {
      return array;
    }

    @Override
    public char[] chars(String text) {
      return text.toCharArray();
    }
  }

  private final ArrayShapesAsync facade = ArrayShapesAsync.of(new Impl());

  @Test
  void arraysGoInAndComeOut() {
    assertArrayEquals(new int[] {3, 2, 1}, await(facade.reversed(new int[] {1, 2, 3})));
    assertArrayEquals(
        new String[][] {{"a", "c"}, {"b", "d"}},
        await(facade.transpose(new String[][] {{"a", "b"}, {"c", "d"}})));
    long[][][] cube = await(facade.cube(3));
    assertEquals(3, cube.length);
    assertEquals(42L, cube[2][2][2]);
    assertEquals(10, await(facade.total(new int[][] {{1, 2}, {3}, {}, {4}})));
    assertArrayEquals(new char[] {'h', 'i'}, await(facade.chars("hi")));
  }

  @Test
  void theSameArrayInstanceIsPassedThrough() {
    Object[] array = {"x", 1};
    assertSame(array, await(facade.same(array)));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(ArrayShapesAsync.class, ArrayShapes.class);
    assertEquals(
        List.of(
            "chars(String) -> CompletableFuture<char[]>",
            "cube(int) -> CompletableFuture<long[][][]>",
            "reversed(int[]) -> CompletableFuture<int[]>",
            "same(Object[]) -> CompletableFuture<Object[]>",
            "total(int[][]) -> CompletableFuture<Integer>",
            "transpose(String[][]) -> CompletableFuture<String[][]>"),
        Signatures.of(ArrayShapesAsync.class));
  }
}
