package dev.asyncgen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.AsyncOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The options a facade's {@code of(delegate)} and {@code of(delegate, executor)} build on. */
class FacadeRuntimeDefaultsTest {

  private final Executor executor = Runnable::run;

  @Test
  void withoutATimeoutTheyAreTheDefaults() {
    AsyncOptions defaults = AsyncOptions.defaults();
    assertEquals(defaults.executor(), FacadeRuntime.defaults().executor());
    assertEquals(Optional.empty(), FacadeRuntime.defaults().timeout());
    assertSame(executor, FacadeRuntime.defaults(executor).executor().orElseThrow());
    assertEquals(Optional.empty(), FacadeRuntime.defaults(executor).timeout());
  }

  @Test
  void theAnnotationsTimeoutIsKeptBesideTheExecutor() {
    Duration timeout = Duration.ofMillis(1500);
    assertEquals(Optional.of(timeout), FacadeRuntime.defaults(timeout).timeout());
    AsyncOptions options = FacadeRuntime.defaults(executor, timeout);
    assertSame(executor, options.executor().orElseThrow());
    assertEquals(Optional.of(timeout), options.timeout());
  }
}
