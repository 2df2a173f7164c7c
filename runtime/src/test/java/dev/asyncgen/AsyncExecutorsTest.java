package dev.asyncgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The default executor's settings, and what a bad one does: a warning, never a broken runtime. */
class AsyncExecutorsTest {

  @Test
  void aPoolSizeIsTakenAsGiven() {
    try (LogRecords logged = LogRecords.capture()) {
      assertEquals(8, AsyncExecutors.poolSize("8"));
      assertEquals(8, AsyncExecutors.poolSize(" 8 "));
      assertEquals(AsyncExecutors.DEFAULT_POOL_SIZE, AsyncExecutors.poolSize(null));
      assertEquals(AsyncExecutors.DEFAULT_POOL_SIZE, AsyncExecutors.poolSize(""));
      assertEquals(List.of(), logged.records());
    }
  }

  @Test
  void aBadPoolSizeIsLoggedAndTheDefaultTaken() {
    for (String bad : List.of("abc", "0", "-3", "99999999999")) {
      try (LogRecords logged = LogRecords.capture()) {
        assertEquals(AsyncExecutors.DEFAULT_POOL_SIZE, AsyncExecutors.poolSize(bad));
        assertEquals(
            List.of(
                "System property asyncgen.pool.size must be a whole number of at least 1, was '"
                    + bad + "'; the default pool has 256 threads instead"),
            logged.messages("asyncgen.pool.size"));
      }
    }
  }

  /**
   * The user's view, in a JVM of its own (the default executor is made once per JVM): with a bad
   * pool size, calls on the default executor still run, every one of them, and the JVM says why it
   * took the default. Before, the first call threw {@link ExceptionInInitializerError} and every
   * later one {@link NoClassDefFoundError}.
   */
  @Test
  void callsRunOnTheDefaultPoolDespiteABadPoolSize() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        location(AsyncExecutors.class) + File.pathSeparator + location(BadPoolSize.class);
    Process child =
        new ProcessBuilder(
                java,
                "-Dasyncgen.pool.size=abc",
                "-Dasyncgen.virtualThreads=false",
                "-cp",
                classPath,
                BadPoolSize.class.getName())
            .redirectErrorStream(true)
            .start();
    assertTrue(child.waitFor(TestFutures.WAIT_SECONDS, TimeUnit.SECONDS), "the child JVM hung");
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, child.exitValue(), output);
    assertTrue(output.contains("ran 1 on asyncgen-"), output);
    assertTrue(output.contains("ran 2 on asyncgen-"), output);
    assertTrue(
        output.contains("must be a whole number of at least 1, was 'abc'; the default pool has 256"),
        output);
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The child JVM's program: two calls on the default executor. */
  public static final class BadPoolSize {
    public static void main(String[] args) {
      Dispatcher dispatcher = Dispatcher.of(AsyncOptions.defaults());
      for (int i = 1; i <= 2; i++) {
        System.out.println("ran " + i + " on " + dispatcher.call("X.m", () -> Thread.currentThread().getName()).join());
      }
    }
  }
}
