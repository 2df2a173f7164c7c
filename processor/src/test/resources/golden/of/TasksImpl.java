package com.example.of;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Tasks} by calling a {@link Runnable} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class TasksImpl implements Tasks {
  /**
   * The object whose methods the facade calls.
   */
  private final Runnable delegate;

  /**
   * Runs each call as the facade's options say.
   */
  private final FacadeRuntime runtime;

  /**
   * Makes a facade of {@code delegate} whose calls run as {@code options} say.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   */
  TasksImpl(Runnable delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<Void> run() {
    return this.runtime.run("Runnable.run", () -> this.delegate.run());
  }

  @Override
  public Tasks withOptions(UnaryOperator<AsyncOptions> change) {
    return new TasksImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Tasks[" + this.delegate + "]";
  }
}
