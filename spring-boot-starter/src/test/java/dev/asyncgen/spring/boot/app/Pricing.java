package dev.asyncgen.spring.boot.app;

import dev.asyncgen.Async;

/** The application defines its own PricingAsync bean: the starter registers none. */
@Async
public interface Pricing {

  long price(String sku);

  /** Prices everything alike. */
  @org.springframework.stereotype.Component
  class Flat implements Pricing {
    @Override
    public long price(String sku) {
      return 100;
    }
  }
}
