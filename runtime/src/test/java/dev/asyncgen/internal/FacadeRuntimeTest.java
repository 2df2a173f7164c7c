package dev.asyncgen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The surface generated code calls keeps a facade's promise: a facade method never throws. */
class FacadeRuntimeTest {

  @Test
  void aGatherHelperGivenNullFailsItsFutureInsteadOfThrowing() {
    CompletableFuture<List<String>> gathered =
        FacadeRuntime.gather(null, arg -> CompletableFuture.completedFuture("never"));

    Throwable cause = assertThrows(ExecutionException.class, () -> gathered.get(10, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(NullPointerException.class, cause);
    assertEquals("args is null: a gather helper needs a collection", cause.getMessage());
  }

  @Test
  void aGatherHelperGivenACollectionThatFailsFailsItsFutureInsteadOfThrowing() {
    IllegalStateException broken = new IllegalStateException("broken collection");
    List<String> failing =
        new AbstractList<>() {
          @Override
          public String get(int index) {
            throw broken;
          }

          @Override
          public int size() {
            return 1;
          }
        };

    CompletableFuture<List<String>> gathered =
        FacadeRuntime.gather(failing, arg -> CompletableFuture.completedFuture(arg));

    assertSame(broken, assertThrows(ExecutionException.class, () -> gathered.get(10, TimeUnit.SECONDS)).getCause());
  }
}
