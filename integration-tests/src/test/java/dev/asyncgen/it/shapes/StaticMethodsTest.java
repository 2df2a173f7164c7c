package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.it.support.Signatures;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StaticMethodsTest {

  @Test
  void staticAndPrivateMethodsAreNotWrapped() throws Exception {
    Signatures.assertFacadeContract(WithStaticsAsync.class, WithStatics.class);
    assertEquals(
        List.of("twice() -> CompletableFuture<String>", "value() -> CompletableFuture<String>"),
        Signatures.of(WithStaticsAsync.class));
    List<String> statics =
        Arrays.stream(WithStaticsAsync.class.getDeclaredMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .distinct()
            .collect(Collectors.toList());
    assertEquals(List.of("of"), statics, "the facade's only static methods are its factories");
  }

  @Test
  void theFacadeOfAnInstanceFromAStaticFactory() {
    WithStaticsAsync facade = WithStaticsAsync.of(WithStatics.create("x"));
    assertEquals("<x>", await(facade.value()));
    assertEquals("<x><x>", await(facade.twice()));
  }
}
