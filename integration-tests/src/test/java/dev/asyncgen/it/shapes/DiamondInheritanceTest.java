package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A signature that reaches the interface more than once appears once on the facade. */
class DiamondInheritanceTest {

  @Test
  void diamond() throws Exception {
    Diamonds.Bottom bottom =
        new Diamonds.Bottom() {
          @Override
          public String name() {
            return "b";
          }

          @Override
          public int size() {
            return 2;
          }
        };
    Diamonds_BottomAsync facade = Diamonds_BottomAsync.of(bottom);
    assertEquals("b", await(facade.name()));
    assertEquals("b/2", await(facade.label()));
    assertEquals("right", await(facade.right()));

    Signatures.assertFacadeContract(Diamonds_BottomAsync.class, Diamonds.Bottom.class);
    assertEquals(
        List.of(
            "label() -> CompletableFuture<String>",
            "name() -> CompletableFuture<String>",
            "right() -> CompletableFuture<String>",
            "size() -> CompletableFuture<Integer>"),
        Signatures.of(Diamonds_BottomAsync.class));
    assertEquals(1, Signatures.named(Diamonds_BottomAsync.class, "name").size());
  }

  @Test
  void sameSignatureFromUnrelatedParents() throws Exception {
    IOException closing = new IOException("close");
    Diamonds.Both both =
        new Diamonds.Both() {
          @Override
          public String name() {
            return "both";
          }

          @Override
          public void close() throws IOException {
            throw closing;
          }

          @Override
          public <T> T echo(T value) {
            return value;
          }
        };
    Diamonds_BothAsync facade = Diamonds_BothAsync.of(both);
    assertEquals("both", await(facade.name()));
    assertSame(closing, causeFromGet(facade.close()));
    CompletableFuture<Long> echoed = facade.echo(5L);
    assertEquals(5L, await(echoed));

    Signatures.assertFacadeContract(Diamonds_BothAsync.class, Diamonds.Both.class);
    List<String> signatures = Signatures.of(Diamonds_BothAsync.class);
    assertEquals(3, signatures.size(), signatures.toString());
    assertEquals("close() -> CompletableFuture<Void>", signatures.get(1));
    assertEquals("name() -> CompletableFuture<String>", signatures.get(2));
    String echo = signatures.get(0);
    String v = echo.substring(1, echo.indexOf('>'));
    assertEquals("<" + v + "> echo(" + v + ") -> CompletableFuture<" + v + ">", echo);
  }

  @Test
  void sameSignatureOnceGenericOnceNot() throws Exception {
    Diamonds.IntBoth holder =
        new Diamonds.IntBoth() {
          private Integer value = 0;

          @Override
          public synchronized Integer value() {
            return value;
          }

          @Override
          public synchronized void setAll(List<Integer> values) {
            this.value = values.get(0);
          }
        };
    Diamonds_IntBothAsync facade = Diamonds_IntBothAsync.of(holder);
    await(facade.setAll(List.of(9)));
    CompletableFuture<Integer> value = facade.value();
    assertEquals(9, await(value));
    assertEquals(
        List.of(
            "setAll(List<Integer>) -> CompletableFuture<Void>",
            "value() -> CompletableFuture<Integer>"),
        Signatures.of(Diamonds_IntBothAsync.class));
  }
}
