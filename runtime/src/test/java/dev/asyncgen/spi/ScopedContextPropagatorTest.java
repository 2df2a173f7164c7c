package dev.asyncgen.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Dispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The propagator against a library with strict scopes, like OpenTelemetry's: a scope closed out of
 * order is an error, and a scope left open shows as the thread's context afterwards.
 */
class ScopedContextPropagatorTest {

  private final StrictScopes library = new StrictScopes();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void shutDown() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  private Dispatcher dispatcher(java.util.concurrent.Executor executor) {
    return Dispatcher.of(
        AsyncOptions.defaults()
            .withExecutor(executor)
            .withContext(ScopedContextPropagator.of(library::current, library::enter)));
  }

  @Test
  void theCallersContextIsCurrentInTheCallAndItsScopeClosedAfter() throws Exception {
    Dispatcher dispatcher = dispatcher(pool);
    library.enter("request-1");
    String seen = dispatcher.call("Api.get", library::current).get(20, TimeUnit.SECONDS);

    assertEquals("request-1", seen);
    // The pooled thread is left as it was: no context, every scope closed, in order.
    assertNull(pool.submit(library::current).get(20, TimeUnit.SECONDS));
    assertEquals(0, pool.submit(library::depth).get(20, TimeUnit.SECONDS));
    assertEquals(List.of(), library.errors);
  }

  @Test
  void pooledThreadsNeverKeepAnEarlierCallersContext() throws Exception {
    Dispatcher dispatcher = dispatcher(pool);
    for (int i = 0; i < 50; i++) {
      library.enter("request-" + i);
      assertEquals("request-" + i, dispatcher.call("Api.get", library::current).get(20, TimeUnit.SECONDS));
    }
    library.enter(null);
    assertNull(dispatcher.call("Api.get", library::current).get(20, TimeUnit.SECONDS));
    assertEquals(0, pool.submit(library::depth).get(20, TimeUnit.SECONDS));
    assertEquals(List.of(), library.errors);
  }

  @Test
  void callsRunInlineInsideOtherCallsNestTheirScopes() throws Exception {
    // The direct executor runs each call on the calling thread: the captures of the caller and of
    // the thread's own context happen on one thread, and the inner call enters inside the outer.
    Dispatcher dispatcher = dispatcher(Runnable::run);
    library.enter("outer");
    List<String> seen = new ArrayList<>();
    CompletableFuture<Void> outer =
        dispatcher.run(
            "Api.outer",
            () -> {
              seen.add(library.current());
              StrictScopes.Scope inner = library.enter("inner");
              seen.add(dispatcher.call("Api.inner", library::current).join());
              seen.add(library.current());
              inner.close();
              seen.add(library.current());
            });
    outer.get(20, TimeUnit.SECONDS);

    assertEquals(List.of("outer", "inner", "inner", "outer"), seen);
    assertEquals("outer", library.current());
    assertEquals(1, library.depth());
    assertEquals(List.of(), library.errors);
  }

  @Test
  void aScopeThatCannotBeEnteredFailsTheCallAndLeavesTheThreadAsItWas() throws Exception {
    Dispatcher dispatcher =
        Dispatcher.of(
            AsyncOptions.defaults()
                .withExecutor(pool)
                .withContext(
                    ScopedContextPropagator.<String>of(
                        library::current,
                        context -> {
                          throw new IllegalStateException("cannot enter " + context);
                        })));
    library.enter("request");
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () -> dispatcher.call("Api.get", library::current).get(20, TimeUnit.SECONDS));

    assertInstanceOf(IllegalStateException.class, failed.getCause());
    assertNull(pool.submit(library::current).get(20, TimeUnit.SECONDS));
    assertEquals(0, pool.submit(library::depth).get(20, TimeUnit.SECONDS));
  }

  /** A context library whose scopes must close innermost first, and which notes when they don't. */
  private static final class StrictScopes {
    private final ThreadLocal<List<String>> stack = ThreadLocal.withInitial(ArrayList::new);
    final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    String current() {
      List<String> contexts = stack.get();
      return contexts.isEmpty() ? null : contexts.get(contexts.size() - 1);
    }

    int depth() {
      return stack.get().size();
    }

    interface Scope extends AutoCloseable {
      @Override
      void close();
    }

    Scope enter(String context) {
      List<String> contexts = stack.get();
      contexts.add(context);
      int depth = contexts.size();
      return () -> {
        if (contexts.size() != depth) {
          errors.add("scope of " + context + " closed at depth " + contexts.size() + ", not " + depth);
        }
        contexts.remove(depth - 1);
      };
    }
  }
}
