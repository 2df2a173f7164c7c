package com.example.of;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Runnable}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface Tasks {
  /**
   * Calls {@link Runnable#run()} on this facade's executor.
   *
   * @return a future completed with {@code null} when it returns, failed with the
   *     exception it throws; cancelling the future interrupts the call
   */
  CompletableFuture<Void> run();

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   * Each call times out after PT0.25S, as {@code @Async} says.
   */
  static Tasks of(Runnable delegate) {
    return new TasksImpl(delegate, FacadeRuntime.defaults(Duration.ofMillis(250)));
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   * Each call times out after PT0.25S, as {@code @Async} says.
   */
  static Tasks of(Runnable delegate, Executor executor) {
    return new TasksImpl(delegate, FacadeRuntime.defaults(executor, Duration.ofMillis(250)));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   */
  static Tasks of(Runnable delegate, AsyncOptions options) {
    return new TasksImpl(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   */
  Tasks withOptions(UnaryOperator<AsyncOptions> change);
}
