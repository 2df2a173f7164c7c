package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.it.support.Signatures;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"deprecation", "removal"})
class DeprecatedTest {

  static final class Impl implements Deprecations {
    @Override
    @Deprecated
    public String old() {
      return "old";
    }

    @Override
    @Deprecated(since = "1.2", forRemoval = true)
    public void gone() {}

    @Override
    public String current() {
      return "current";
    }
  }

  @Test
  void deprecationIsCarriedOverWithItsAttributes() throws Exception {
    Deprecated old = DeprecationsAsync.class.getMethod("old").getAnnotation(Deprecated.class);
    assertNotNull(old, "old() is deprecated on the facade");
    assertEquals("", old.since());
    assertFalse(old.forRemoval());

    Deprecated gone = DeprecationsAsync.class.getMethod("gone").getAnnotation(Deprecated.class);
    assertNotNull(gone, "gone() is deprecated on the facade");
    assertEquals("1.2", gone.since());
    assertTrue(gone.forRemoval());

    assertNull(DeprecationsAsync.class.getMethod("current").getAnnotation(Deprecated.class));
    assertNull(DeprecationsAsync.class.getAnnotation(Deprecated.class), "the facade itself is not");
    Signatures.assertFacadeContract(DeprecationsAsync.class, Deprecations.class);
  }

  @Test
  void deprecatedMethodsStillWork() {
    DeprecationsAsync facade = DeprecationsAsync.of(new Impl());
    assertEquals("old", await(facade.old()));
    assertNull(await(facade.gone()));
    assertEquals("current", await(facade.current()));
  }

  @Test
  void aDeprecatedInterfaceGetsADeprecatedFacade() throws Exception {
    Deprecated legacy = Deprecations_LegacyAsync.class.getAnnotation(Deprecated.class);
    assertNotNull(legacy);
    assertEquals("0.9", legacy.since());
    Deprecations_LegacyAsync facade = Deprecations_LegacyAsync.of(() -> 3);
    assertEquals(3, await(facade.legacy()));
    Signatures.assertFacadeContract(Deprecations_LegacyAsync.class, Deprecations.Legacy.class);
  }
}
