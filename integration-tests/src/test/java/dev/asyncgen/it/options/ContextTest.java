package dev.asyncgen.it.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncgen.Async;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.ContextPropagator;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContextTest {

  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  /** Reports the thread-local context it sees. */
  @Async
  interface Whoami {
    String user();
  }

  private final ExecutorService single = Executors.newSingleThreadExecutor();

  @AfterEach
  void shutDown() {
    single.shutdownNow();
    USER.remove();
  }

  @Test
  void contextCapturedAtTheCallIsVisibleInsideTheSyncCallAndGoneAfterwards() throws Exception {
    ContextTest_WhoamiAsync facade =
        ContextTest_WhoamiAsync.of(
            USER::get,
            AsyncOptions.defaults().withExecutor(single).withContext(ContextPropagator.ofThreadLocal(USER)));

    USER.set("ada");
    String seen = facade.user().get(10, TimeUnit.SECONDS);
    USER.set("grace");
    String seenLater = facade.user().get(10, TimeUnit.SECONDS);

    assertEquals("ada", seen);
    assertEquals("grace", seenLater);
    // The same pooled thread, running a plain task afterwards, holds no context.
    assertNull(single.submit(USER::get).get(10, TimeUnit.SECONDS));
  }

  @Test
  void aCallerWithoutContextLeavesNoneBehind() throws Exception {
    ContextTest_WhoamiAsync facade =
        ContextTest_WhoamiAsync.of(
            USER::get,
            AsyncOptions.defaults().withExecutor(single).withContext(ContextPropagator.ofThreadLocal(USER)));

    assertNull(facade.user().get(10, TimeUnit.SECONDS));
  }

  @Test
  void aCaptureThatThrowsFailsTheFutureNotTheCaller() {
    IllegalStateException broken = new IllegalStateException("no context here");
    ContextPropagator<String> failing = ContextPropagator.of(() -> { throw broken; }, value -> {});
    ContextTest_WhoamiAsync facade =
        ContextTest_WhoamiAsync.of(USER::get, AsyncOptions.defaults().withExecutor(single).withContext(failing));

    CompletionException failure = assertThrows(CompletionException.class, () -> facade.user().join());

    assertSame(broken, failure.getCause());
  }
}
