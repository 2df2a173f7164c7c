package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested interfaces get top-level facades named after their enclosing types. */
class NestedInterfacesTest {

  @Test
  void twoNestedInnersGetDistinctTopLevelFacades() throws Exception {
    Outer_InnerAsync outer = Outer_InnerAsync.of(() -> "outer");
    Other_InnerAsync other = Other_InnerAsync.of(() -> 7L);
    assertEquals("outer", await(outer.where()));
    assertEquals(7L, await(other.where()));

    for (Class<?> facade : List.of(Outer_InnerAsync.class, Other_InnerAsync.class)) {
      assertNull(facade.getEnclosingClass(), facade + " is top-level");
      assertEquals("dev.asyncgen.it.shapes", facade.getPackageName());
    }
    Signatures.assertFacadeContract(Outer_InnerAsync.class, Outer.Inner.class);
    Signatures.assertFacadeContract(Other_InnerAsync.class, Other.Inner.class);
    assertEquals(
        List.of("where() -> CompletableFuture<String>"), Signatures.of(Outer_InnerAsync.class));
    assertEquals(
        List.of("where() -> CompletableFuture<Long>"), Signatures.of(Other_InnerAsync.class));
  }

  @Test
  void everyEnclosingNameIsJoined() throws Exception {
    Outer_Middle_InnerAsync deep = Outer_Middle_InnerAsync.of(() -> 2);
    assertEquals(2, await(deep.depth()));
    Signatures.assertFacadeContract(Outer_Middle_InnerAsync.class, Outer.Middle.Inner.class);
  }

  @Test
  void anExplicitNameWins() throws Exception {
    CustomNamedFacade named = CustomNamedFacade.of(() -> "n");
    assertEquals("n", await(named.name()));
    Signatures.assertFacadeContract(CustomNamedFacade.class, Outer.Host.Named.class);
    assertEquals("CustomNamedFacadeImpl", named.getClass().getSimpleName());
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("dev.asyncgen.it.shapes.Outer_Host_NamedAsync"),
        "no facade under the default name");
  }

  @Test
  void aPackagePrivateNestedInterfaceGetsAPackagePrivateFacade() {
    Other_QuietAsync quiet = Other_QuietAsync.of(() -> {});
    assertNull(await(quiet.hush()));
    assertFalse(Modifier.isPublic(Other_QuietAsync.class.getModifiers()));
    assertTrue(Modifier.isPublic(Outer_InnerAsync.class.getModifiers()));
  }
}
