package dev.asyncgen.it.options;

import dev.asyncgen.Async;
import java.util.concurrent.CountDownLatch;

/** The annotation gives its facade a default timeout. */
@Async(timeout = "200ms")
public interface Timed {

  void await(CountDownLatch gate) throws InterruptedException;
}
