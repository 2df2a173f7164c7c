package dev.asyncgen.it.shapes;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.it.support.Signatures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The user's names win inside each method; the facade's own members keep working. */
class NameCollisionsTest {

  static final class Impl implements Collisions {
    @Override
    public String delegate(String delegate) {
      return "delegate:" + delegate;
    }

    @Override
    public String executor(Executor executor) {
      return "executor:" + (executor != null);
    }

    @Override
    public String dispatcher(String dispatcher) {
      return "dispatcher:" + dispatcher;
    }

    @Override
    public String options(String options) {
      return "options:" + options;
    }

    @Override
    public String change(String change) {
      return "change:" + change;
    }

    @Override
    public String of(String of) {
      return "of:" + of;
    }

    @Override
    public String withOptions(String withOptions) {
      return "withOptions:" + withOptions;
    }

    @Override
    public String call(String call) {
      return "call:" + call;
    }

    @Override
    public String run(Runnable run) {
      run.run();
      return "run";
    }

    @Override
    public String arg(int arg, int arg0, int arg1) {
      return "arg:" + arg + arg0 + arg1;
    }

    @Override
    public String args(String... args) {
      return "args:" + String.join("", args);
    }

    @Override
    public String body(String body, String method, String task, String result, String future) {
      return body + method + task + result + future;
    }

    @Override
    public String all(
        String delegate, Executor executor, String dispatcher, String options, String change) {
      return delegate + dispatcher + options + change;
    }

    @Override
    public <T> List<T> generic(T delegate, T dispatcher) {
      return List.of(delegate, dispatcher);
    }

    @Override
    public String self(Collisions collisions) {
      return "self:" + (collisions == this);
    }
  }

  private final Impl impl = new Impl();
  private final CollisionsAsync facade = CollisionsAsync.of(impl);

  @Test
  void parametersNamedLikeTheGeneratedFieldsReachTheSyncMethod() {
    assertEquals("delegate:d", await(facade.delegate("d")));
    assertEquals("executor:true", await(facade.executor(Runnable::run)));
    assertEquals("dispatcher:x", await(facade.dispatcher("x")));
    assertEquals("options:o", await(facade.options("o")));
    assertEquals("change:c", await(facade.change("c")));
    assertEquals("call:k", await(facade.call("k")));
    assertEquals("arg:123", await(facade.arg(1, 2, 3)));
    assertEquals("args:ab", await(facade.args("a", "b")));
    assertEquals("12345", await(facade.body("1", "2", "3", "4", "5")));
    assertEquals("abcd", await(facade.all("a", Runnable::run, "b", "c", "d")));
    CompletableFuture<List<Integer>> generic = facade.generic(1, 2);
    assertEquals(List.of(1, 2), await(generic));
    assertEquals("self:true", await(facade.self(impl)));
    boolean[] ran = new boolean[1];
    assertEquals("run", await(facade.run(() -> ran[0] = true)));
    assertEquals(true, ran[0]);
  }

  @Test
  void instanceMethodsNamedOfAndWithOptionsLiveBesideTheFactories() throws Exception {
    assertEquals("of:x", await(facade.of("x")));
    assertEquals("withOptions:y", await(facade.withOptions("y")));

    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "collisions-pool"));
    try {
      CollisionsAsync onPool = facade.withOptions(options -> options.withExecutor(pool));
      assertEquals("of:z", await(onPool.of("z")));
      CollisionsAsync viaOf = CollisionsAsync.of(impl, pool);
      CollisionsAsync viaOptions =
          CollisionsAsync.of(impl, AsyncOptions.defaults().withExecutor(pool));
      assertEquals("withOptions:w", await(viaOf.withOptions("w")));
      assertEquals("call:v", await(viaOptions.call("v")));
    } finally {
      pool.shutdownNow();
    }

    Signatures.assertFacadeContract(CollisionsAsync.class, Collisions.class);
    assertEquals(1, Signatures.named(CollisionsAsync.class, "of").size());
    assertEquals(1, Signatures.named(CollisionsAsync.class, "withOptions").size());
    assertSame(
        String.class, CollisionsAsync.class.getMethod("of", String.class).getParameterTypes()[0]);
  }

  @Test
  void signatures() {
    assertEquals(
        List.of(
            "<T> generic(T, T) -> CompletableFuture<List<T>>",
            "all(String, Executor, String, String, String) -> CompletableFuture<String>",
            "arg(int, int, int) -> CompletableFuture<String>",
            "args(String...) -> CompletableFuture<String>",
            "body(String, String, String, String, String) -> CompletableFuture<String>",
            "call(String) -> CompletableFuture<String>",
            "change(String) -> CompletableFuture<String>",
            "delegate(String) -> CompletableFuture<String>",
            "dispatcher(String) -> CompletableFuture<String>",
            "executor(Executor) -> CompletableFuture<String>",
            "of(String) -> CompletableFuture<String>",
            "options(String) -> CompletableFuture<String>",
            "run(Runnable) -> CompletableFuture<String>",
            "self(Collisions) -> CompletableFuture<String>",
            "withOptions(String) -> CompletableFuture<String>"),
        Signatures.of(CollisionsAsync.class));
  }
}
