package dev.asyncgen.it.options;

import dev.asyncgen.Async;
import java.util.concurrent.CountDownLatch;

/** A service whose calls block until the test lets them go. */
@Async
public interface Blocking {

  /** Waits for {@code gate}, then returns {@code value}. */
  int await(CountDownLatch gate, int value) throws InterruptedException;

  /** Returns at once. */
  String echo(String text);

  /** Throws {@code failure}. */
  void fail(RuntimeException failure);
}
