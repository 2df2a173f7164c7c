package dev.asyncgen.it.options;

import dev.asyncgen.Async;
import java.io.IOException;

/** A remote service that fails now and then: the retry and unobserved-failure tests' facade. */
@Async
public interface Inventory {

  /** The stock of {@code sku}, or an {@link IOException} while the service is unavailable. */
  int stock(String sku) throws IOException;
}
