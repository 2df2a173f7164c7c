package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.asyncgen.it.support.Signatures;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackagePrivateTest {

  @Test
  void aPackagePrivateInterfaceGetsAPackagePrivateFacade() throws Exception {
    HiddenAsync facade = HiddenAsync.of(secret -> new Secret(secret.value + "!"));
    assertEquals("s!", await(facade.reveal(new Secret("s"))).value);

    assertFalse(Modifier.isPublic(HiddenAsync.class.getModifiers()), "the facade is not public");
    Signatures.assertFacadeContract(HiddenAsync.class, Hidden.class);
    assertEquals(
        List.of("reveal(Secret) -> CompletableFuture<Secret>"), Signatures.of(HiddenAsync.class));
  }

  @Test
  void publicInterfacesGetPublicFacades() {
    assertEquals(true, Modifier.isPublic(PrimitivesAsync.class.getModifiers()));
  }
}
