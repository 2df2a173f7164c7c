package dev.asyncgen.opentelemetry;

import dev.asyncgen.Async;

/** The blocking interface the tests call through its generated facade, {@code CatalogAsync}. */
@Async
public interface Catalog {

  /** Looks {@code sku} up; blocks. */
  String lookUp(String sku) throws InterruptedException;
}
