package dev.asyncgen.cmp.mp;

import dev.asyncgen.cmp.Flaky;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The CDI bean of the retry rows: MicroProfile's {@code @Retry} on {@code @Asynchronous} methods,
 * with SmallRye's {@code @ExponentialBackoff} for the growing delay, each attempt handed to a
 * {@link Flaky}. Jitter is set explicitly: MicroProfile's default is 200 ms.
 */
@ApplicationScoped
public class MpRetrying {

  /** IOException only; two retries, 100 ms, then 200 ms, each plus or minus 10 ms. */
  @Asynchronous
  @Retry(retryOn = IOException.class, maxRetries = 2, delay = 100, jitter = 10)
  @ExponentialBackoff(factor = 2)
  public CompletionStage<Integer> attempt(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }

  /** Two seconds between attempts: room to look at what happens meanwhile. */
  @Asynchronous
  @Retry(retryOn = IOException.class, maxRetries = 3, delay = 2000, jitter = 0)
  public CompletionStage<Integer> attemptSlowly(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }

  /** Five retries 100 ms apart, with a timeout of a second. */
  @Asynchronous
  @Timeout(1000)
  @Retry(retryOn = IOException.class, maxRetries = 5, delay = 100, jitter = 0)
  public CompletionStage<Integer> attemptWithinTimeout(Flaky flaky, int value) throws Exception {
    return CompletableFuture.completedFuture(flaky.attempt(value));
  }
}
