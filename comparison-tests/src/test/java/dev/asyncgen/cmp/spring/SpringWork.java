package dev.asyncgen.cmp.spring;

import dev.asyncgen.cmp.Probe;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Async;

/**
 * The Spring bean the Spring tests call: each {@code @Async} method hands its work to a {@link
 * Probe}, as Spring's documentation shows, wrapping the result in a completed future.
 */
public class SpringWork {

  /** The bean's own proxy: Spring's documented way round the self-invocation trap. */
  @Autowired @Lazy private SpringWork self;

  @Async
  public CompletableFuture<Integer> hold(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  @Async
  public CompletableFuture<String> threadName(Probe probe) {
    return CompletableFuture.completedFuture(probe.threadName());
  }

  @Async
  public CompletableFuture<String> user(Probe probe) {
    return CompletableFuture.completedFuture(probe.user());
  }

  @Async
  public CompletableFuture<String> fail(Probe probe, String message) throws IOException {
    return CompletableFuture.completedFuture(probe.fail(message));
  }

  @Async
  public void failVoid(Probe probe, String message) throws IOException {
    probe.fail(message);
  }

  /** On the bounded executor named {@code bulkhead}. */
  @Async(SpringConfig.BULKHEAD)
  public CompletableFuture<Integer> holdInBulkhead(Probe probe, int value) throws InterruptedException {
    return CompletableFuture.completedFuture(probe.hold(value));
  }

  /** On the executor whose {@code TaskDecorator} carries {@link Probe#USER}. */
  @Async(SpringConfig.WITH_CONTEXT)
  public CompletableFuture<String> userWithTaskDecorator(Probe probe) {
    return CompletableFuture.completedFuture(probe.user());
  }

  /** Not {@code @Async}: calls the bean's own {@code @Async} method through {@code this}. */
  public CompletableFuture<String> threadNameThroughThis(Probe probe) {
    return threadName(probe);
  }

  /** Not {@code @Async}: calls the bean's own {@code @Async} method through its injected proxy. */
  public CompletableFuture<String> threadNameThroughSelfProxy(Probe probe) {
    return self.threadName(probe);
  }
}
