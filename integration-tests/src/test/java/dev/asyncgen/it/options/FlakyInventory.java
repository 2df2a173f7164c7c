package dev.asyncgen.it.options;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link Inventory} whose first {@code failures} calls fail with an {@link IOException}. */
final class FlakyInventory implements Inventory {

  private final int failures;
  final AtomicInteger calls = new AtomicInteger();

  FlakyInventory(int failures) {
    this.failures = failures;
  }

  @Override
  public int stock(String sku) throws IOException {
    int call = calls.incrementAndGet();
    if (call <= failures) {
      throw new IOException(sku + ": unavailable (call " + call + ")");
    }
    return 42;
  }
}
