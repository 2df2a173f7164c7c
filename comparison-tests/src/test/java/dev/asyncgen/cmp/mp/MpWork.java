package dev.asyncgen.cmp.mp;

import dev.asyncgen.cmp.Probe;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The CDI bean the MicroProfile tests call: each {@code @Asynchronous} method hands its work to a
 * {@link Probe}, returning a {@link CompletionStage} (or a {@link Future}) as the specification
 * requires.
 */
@ApplicationScoped
public class MpWork {

  @Asynchronous
  public CompletionStage<Integer> hold(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  /** The other return type the specification allows, with its own cancellation rule. */
  @Asynchronous
  public Future<Integer> holdAsFuture(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  /** A second: long enough for the call to start on a busy machine before it times out. */
  @Asynchronous
  @Timeout(value = 1, unit = ChronoUnit.SECONDS)
  public CompletionStage<Integer> holdWithTimeout(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  @Asynchronous
  @Timeout(value = 1, unit = ChronoUnit.SECONDS)
  public Future<Integer> holdAsFutureWithTimeout(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  /** Two at once, eighteen waiting. */
  @Asynchronous
  @Bulkhead(value = 2, waitingTaskQueue = 18)
  public CompletionStage<Integer> holdInBulkhead(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  /** One at once, one waiting. */
  @Asynchronous
  @Bulkhead(value = 1, waitingTaskQueue = 1)
  public CompletionStage<Integer> holdInSmallBulkhead(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  @Asynchronous
  public CompletionStage<String> threadName(Probe probe) {
    return CompletableFuture.completedFuture(probe.threadName());
  }

  @Asynchronous
  public CompletionStage<String> user(Probe probe) {
    return CompletableFuture.completedFuture(probe.user());
  }

  /** The {@link TenantContextProvider#TENANT} the call sees, and the thread it runs on. */
  @Asynchronous
  public CompletionStage<String> tenant(Probe probe) {
    probe.threadName();
    return CompletableFuture.completedFuture(TenantContextProvider.TENANT.get());
  }

  @Asynchronous
  public CompletionStage<String> fail(Probe probe, String message) throws IOException {
    return CompletableFuture.completedFuture(probe.fail(message));
  }

  /** Not {@code @Asynchronous}: calls the bean's own {@code @Asynchronous} method through {@code this}. */
  public CompletionStage<String> threadNameThroughThis(Probe probe) {
    return threadName(probe);
  }
}
