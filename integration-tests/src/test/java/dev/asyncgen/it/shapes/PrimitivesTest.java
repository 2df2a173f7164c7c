package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.asyncgen.it.support.Signatures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PrimitivesTest {

  /** A real implementation, recording what reached it. */
  static final class Impl implements Primitives {
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean not(boolean value) {
      return !value;
    }

    @Override
    public byte nextByte(byte value) {
      return (byte) (value + 1);
    }

    @Override
    public short nextShort(short value) {
      return (short) (value + 1);
    }

    @Override
    public char nextChar(char value) {
      return (char) (value + 1);
    }

    @Override
    public int nextInt(int value) {
      return value + 1;
    }

    @Override
    public long nextLong(long value) {
      return value + 1;
    }

    @Override
    public float half(float value) {
      return value / 2;
    }

    @Override
    public double half(double value) {
      return value / 2;
    }

    @Override
    public synchronized void record(int a, long b, double c, boolean d) {
      calls.add("record " + a + " " + b + " " + c + " " + d);
    }

    @Override
    public synchronized void nothing() {
      calls.add("nothing");
    }
  }

  private final Impl impl = new Impl();
  private final PrimitivesAsync facade = PrimitivesAsync.of(impl);

  @Test
  void primitiveResultsArriveBoxed() {
    assertEquals(Boolean.FALSE, await(facade.not(true)));
    assertEquals(Byte.MIN_VALUE, await(facade.nextByte(Byte.MAX_VALUE)));
    assertEquals((short) 0, await(facade.nextShort((short) -1)));
    assertEquals('b', await(facade.nextChar('a')));
    assertEquals(Integer.MIN_VALUE, await(facade.nextInt(Integer.MAX_VALUE)));
    assertEquals(1L << 40, await(facade.nextLong((1L << 40) - 1)));
    assertEquals(0.25f, await(facade.half(0.5f)));
    assertEquals(0.125d, await(facade.half(0.25d)));
  }

  @Test
  void floatAndDoubleOverloadsStayApart() {
    CompletableFuture<Float> f = facade.half(3f);
    CompletableFuture<Double> d = facade.half(3d);
    assertEquals(Float.valueOf(1.5f), await(f));
    assertEquals(Double.valueOf(1.5d), await(d));
  }

  @Test
  void voidMethodsCompleteWithNullAfterTheCall() {
    CompletableFuture<Void> recorded = facade.record(1, 2L, 3.5, true);
    assertNull(await(recorded));
    assertNull(await(facade.nothing()));
    synchronized (impl) {
      assertEquals(List.of("record 1 2 3.5 true", "nothing"), impl.calls);
    }
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(PrimitivesAsync.class, Primitives.class);
    assertEquals(
        List.of(
            "half(double) -> CompletableFuture<Double>",
            "half(float) -> CompletableFuture<Float>",
            "nextByte(byte) -> CompletableFuture<Byte>",
            "nextChar(char) -> CompletableFuture<Character>",
            "nextInt(int) -> CompletableFuture<Integer>",
            "nextLong(long) -> CompletableFuture<Long>",
            "nextShort(short) -> CompletableFuture<Short>",
            "not(boolean) -> CompletableFuture<Boolean>",
            "nothing() -> CompletableFuture<Void>",
            "record(int, long, double, boolean) -> CompletableFuture<Void>"),
        Signatures.of(PrimitivesAsync.class));
  }
}
