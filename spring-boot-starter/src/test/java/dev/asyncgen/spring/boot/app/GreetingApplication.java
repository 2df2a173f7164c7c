package dev.asyncgen.spring.boot.app;

import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Boot application with the starter and some @Async interfaces implemented by its beans, and
 * nothing else asyncgen-specific but the user's own PricingAsync.
 */
@SpringBootApplication
public class GreetingApplication {

  /** The application's own facade, on an executor of its choosing: it wins over the starter's. */
  @Bean
  PricingAsync ownPricingAsync(Pricing pricing) {
    return PricingAsync.of(pricing, Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "own-pricing");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** Does nothing until a test says otherwise. */
  @Bean
  MutableHook greetingHook() {
    return new MutableHook();
  }
}
