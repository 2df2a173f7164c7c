package dev.asyncgen.bench;

import java.util.concurrent.CompletableFuture;
import org.springframework.scheduling.annotation.Async;

/**
 * What a Spring user writes instead of an asyncgen facade: a bean whose {@code @Async} method
 * returns a {@link CompletableFuture}, run on the executor bean named {@link #EXECUTOR}. A class,
 * not an interface, as most Spring services are, so Spring proxies it with a CGLIB subclass.
 */
public class SpringPricing {

  /** The name of the executor bean the benchmark registers. */
  public static final String EXECUTOR = "benchExecutor";

  private final Pricing delegate;

  public SpringPricing(Pricing delegate) {
    this.delegate = delegate;
  }

  @Async(EXECUTOR)
  public CompletableFuture<Long> price(long id) {
    return CompletableFuture.completedFuture(delegate.price(id));
  }
}
