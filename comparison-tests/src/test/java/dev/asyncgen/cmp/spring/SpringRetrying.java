package dev.asyncgen.cmp.spring;

import dev.asyncgen.cmp.Flaky;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.scheduling.annotation.Async;

/**
 * The Spring bean of the retry rows: Spring Framework 7's own {@code @Retryable} (enabled by
 * {@code @EnableResilientMethods}) on {@code @Async} methods, each attempt handed to a {@link Flaky}.
 */
public class SpringRetrying {

  /** IOException only; two retries, 100 ms, then 200 ms, each plus or minus 10 ms. */
  @Async
  @Retryable(includes = IOException.class, maxRetries = 2, delay = 100, multiplier = 2, jitter = 10)
  public CompletableFuture<Integer> attempt(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }

  /** Two seconds between attempts: room to look at what happens meanwhile. */
  @Async
  @Retryable(includes = IOException.class, maxRetries = 3, delay = 2000)
  public CompletableFuture<Integer> attemptSlowly(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }

  /** Five retries 100 ms apart, within a timeout of a second for all of them. */
  @Async
  @Retryable(includes = IOException.class, maxRetries = 5, delay = 100, timeout = 1000)
  public CompletableFuture<Integer> attemptWithinTimeout(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }
}
