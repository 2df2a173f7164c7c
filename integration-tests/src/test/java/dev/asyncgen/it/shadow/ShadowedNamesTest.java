package dev.asyncgen.it.shadow;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asyncgen.it.support.Signatures;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * In this package {@code String}, {@code List}, {@code Executor}, {@code CompletableFuture} and
 * {@code Override} are user classes: the generated code must spell the JDK's in full where it needs
 * them, and still mean the package's where the interface does.
 */
class ShadowedNamesTest {

  static final class Impl implements Shadowing {
    @java.lang.Override
    public String shadowString(String s) {
      return new String(s.value + "!");
    }

    @java.lang.Override
    public java.lang.String jdkString(java.lang.String s) {
      return s + "?";
    }

    @java.lang.Override
    public List<String> userList(List<java.lang.String> list) {
      return new List<>(new String(list.only));
    }

    @java.lang.Override
    public java.util.List<String> jdkList(java.util.List<java.lang.String> list) {
      return list.stream().map(String::new).collect(java.util.stream.Collectors.toList());
    }

    @java.lang.Override
    public Executor userExecutor(Executor executor) {
      return new Executor(executor.id + 1);
    }

    @java.lang.Override
    public void runOn(java.util.concurrent.Executor executor, Runnable task) {
      executor.execute(task);
    }

    @java.lang.Override
    public CompletableFuture userFuture(java.lang.String label) {
      return new CompletableFuture(label);
    }

    @java.lang.Override
    public java.util.concurrent.CompletableFuture<String> jdkFuture(String value) {
      return java.util.concurrent.CompletableFuture.completedFuture(value);
    }

    @java.lang.Override
    public Override override(Override override) {
      return new Override(override.level * 2);
    }

    @java.lang.Override
    public Integer count(String... strings) {
      return strings.length;
    }
  }

  private final ShadowingAsync facade = ShadowingAsync.of(new Impl());

  @Test
  void theInterfacesOwnTypesAndTheJdksBothWork() {
    java.util.concurrent.CompletableFuture<String> own = facade.shadowString(new String("a"));
    assertEquals("a!", await(own).value);
    java.util.concurrent.CompletableFuture<java.lang.String> jdk = facade.jdkString("b");
    assertEquals("b?", await(jdk));
    java.util.concurrent.CompletableFuture<List<String>> userList =
        facade.userList(new List<>("c"));
    assertEquals("c", await(userList).only.value);
    java.util.concurrent.CompletableFuture<java.util.List<String>> jdkList =
        facade.jdkList(java.util.List.of("d"));
    assertEquals("d", await(jdkList).get(0).value);
    assertEquals(2, await(facade.userExecutor(new Executor(1))).id);
    java.util.concurrent.CompletableFuture<CompletableFuture> userFuture = facade.userFuture("e");
    assertEquals("e", await(userFuture).label);
    String value = new String("f");
    java.util.concurrent.CompletableFuture<String> flattened = facade.jdkFuture(value);
    assertSame(value, await(flattened));
    assertEquals(6, await(facade.override(new Override(3))).level);
    assertEquals(2, await(facade.count(new String("x"), new String("y"))));
  }

  @Test
  void aJdkExecutorParameterNamedExecutor() {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "shadow-pool"));
    try {
      AtomicReference<java.lang.String> ranOn = new AtomicReference<>();
      java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
      assertNull(
          await(
              facade.runOn(
                  pool,
                  () -> {
                    ranOn.set(Thread.currentThread().getName());
                    done.countDown();
                  })));
      dev.asyncgen.it.support.Futures.await(done, "the task handed to the sync method");
      assertEquals("shadow-pool", ranOn.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFactoriesTakeTheJdkExecutor() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "facade-pool"));
    try {
      PlainAsync plain =
          PlainAsync.of(
              new Plain() {
                @java.lang.Override
                public int one() {
                  return 1;
                }

                @java.lang.Override
                public java.lang.String name() {
                  return Thread.currentThread().getName();
                }
              },
              pool);
      assertEquals(1, await(plain.one()));
      assertEquals("facade-pool", await(plain.name()));
      Signatures.assertFacadeContract(PlainAsync.class, Plain.class);
      Signatures.assertFacadeContract(ShadowingAsync.class, Shadowing.class);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void signaturesNameTheRightTypes() {
    java.lang.String p = "dev.asyncgen.it.shadow.";
    java.lang.String f = "java.util.concurrent.CompletableFuture";
    assertEquals(
        java.util.List.of(
            "count(" + p + "String...) -> " + f + "<java.lang.Integer>",
            "jdkFuture(" + p + "String) -> " + f + "<" + p + "String>",
            "jdkList(java.util.List<java.lang.String>) -> "
                + f
                + "<java.util.List<"
                + p
                + "String>>",
            "jdkString(java.lang.String) -> " + f + "<java.lang.String>",
            "override(" + p + "Override) -> " + f + "<" + p + "Override>",
            "runOn(java.util.concurrent.Executor, java.lang.Runnable) -> " + f + "<java.lang.Void>",
            "shadowString(" + p + "String) -> " + f + "<" + p + "String>",
            "userExecutor(" + p + "Executor) -> " + f + "<" + p + "Executor>",
            "userFuture(java.lang.String) -> " + f + "<" + p + "CompletableFuture>",
            "userList("
                + p
                + "List<java.lang.String>) -> "
                + f
                + "<"
                + p
                + "List<"
                + p
                + "String>>"),
        Signatures.qualified(ShadowingAsync.class));
  }
}
