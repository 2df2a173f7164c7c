package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultMethodsTest {

  @Test
  void theFacadeRunsTheDelegatesDefaultImplementation() {
    GreetingAsync facade = GreetingAsync.of(() -> "ada");
    String greeting = await(facade.greet());
    assertTrue(greeting.startsWith("hello ada from "), greeting);
    // The default method itself ran off the caller's thread, like any other.
    assertNotEquals("hello ada from " + Thread.currentThread().getName(), greeting);
    assertTrue(await(facade.shout()).startsWith("HELLO ADA FROM "));
    assertNull(await(facade.touch()));
  }

  @Test
  void anOverriddenDefaultIsTheOneCalled() {
    Greeting custom =
        new Greeting() {
          @Override
          public String name() {
            return "bob";
          }

          @Override
          public String greet() {
            return "hi " + name();
          }
        };
    GreetingAsync facade = GreetingAsync.of(custom);
    assertEquals("hi bob", await(facade.greet()));
    assertEquals("HI BOB", await(facade.shout()));
  }

  @Test
  void signatures() throws Exception {
    Signatures.assertFacadeContract(GreetingAsync.class, Greeting.class);
    assertEquals(
        List.of(
            "greet() -> CompletableFuture<String>",
            "name() -> CompletableFuture<String>",
            "shout() -> CompletableFuture<String>",
            "touch() -> CompletableFuture<Void>"),
        Signatures.of(GreetingAsync.class));
    for (var method : Signatures.wrapped(GreetingAsync.class)) {
      assertTrue(
          java.lang.reflect.Modifier.isAbstract(method.getModifiers()),
          method + " is abstract on the facade (the delegate supplies the behaviour)");
    }
  }
}
