package dev.asyncgen.it.behaviour;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncExecutors;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The default executor: a virtual thread per call named {@code asyncgen-virtual-N} on JDK 21+, a
 * pool of daemon threads named {@code asyncgen-N} before. (Compiled for Java 17: "virtual" is
 * checked through reflection.)
 */
class DefaultExecutorTest {

  private final ServiceAsync facade = ServiceAsync.of(new Service.Direct());

  @Test
  void threadKindMatchesTheJdk() throws Exception {
    Thread runner = await(facade.perform(Thread::currentThread));
    String name = runner.getName();
    if (Runtime.version().feature() >= 21) {
      Method isVirtual = Thread.class.getMethod("isVirtual");
      assertEquals(Boolean.TRUE, isVirtual.invoke(runner), name + " is virtual");
      assertTrue(name.matches("asyncgen-virtual-\\d+"), name);
      assertTrue(AsyncExecutors.defaultIsVirtual());
    } else {
      assertThrows(NoSuchMethodException.class, () -> Thread.class.getMethod("isVirtual"));
      assertTrue(runner.isDaemon(), name + " is a daemon");
      assertTrue(name.matches("asyncgen-\\d+"), name);
      assertFalse(AsyncExecutors.defaultIsVirtual());
    }
  }

  @Test
  void distinctNumbersPerThread() {
    // Two calls blocked at once run on two threads with different numbers.
    java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
    java.util.concurrent.CompletableFuture<String> a = facade.perform(() -> nameWhenBoth(both));
    java.util.concurrent.CompletableFuture<String> b = facade.perform(() -> nameWhenBoth(both));
    String first = await(a);
    String second = await(b);
    assertFalse(first.equals(second), first + " vs " + second);
    assertTrue(first.startsWith("asyncgen-") && second.startsWith("asyncgen-"));
  }

  private static String nameWhenBoth(java.util.concurrent.CountDownLatch both)
      throws InterruptedException {
    both.countDown();
    dev.asyncgen.it.support.Futures.block(both);
    return Thread.currentThread().getName();
  }
}
