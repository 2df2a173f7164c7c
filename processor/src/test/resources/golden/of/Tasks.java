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
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface Tasks {
  /**
   * Calls {@link Runnable#run()} on this facade's executor.
   *
   * @return a future of {@code null}, once it returns
   */
  CompletableFuture<Void> run();

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   * Each call times out after PT0.25S, as {@code @Async} says.
   *
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static Tasks of(Runnable delegate) {
    return new TasksImpl(delegate, FacadeRuntime.defaults(Duration.ofMillis(250)));
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   * Each call times out after PT0.25S, as {@code @Async} says.
   *
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static Tasks of(Runnable delegate, Executor executor) {
    return new TasksImpl(delegate, FacadeRuntime.defaults(executor, Duration.ofMillis(250)));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static Tasks of(Runnable delegate, AsyncOptions options) {
    return new TasksImpl(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  Tasks withOptions(UnaryOperator<AsyncOptions> change);
}
