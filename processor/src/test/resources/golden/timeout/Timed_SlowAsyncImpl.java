package com.example.timeout;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Timed_SlowAsync} by calling a {@link Timed.Slow} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class Timed_SlowAsyncImpl implements Timed_SlowAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Timed.Slow delegate;

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
  Timed_SlowAsyncImpl(Timed.Slow delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<String> fetch(String url) {
    return this.runtime.<String>call("Timed.Slow.fetch", () -> this.delegate.fetch(url));
  }

  @Override
  public CompletableFuture<List<String>> gatherFetch(Collection<? extends String> args) {
    return FacadeRuntime.<String, String>gather(args, arg -> this.fetch(arg));
  }

  @Override
  public Timed_SlowAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new Timed_SlowAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Timed_SlowAsync[" + this.delegate + "]";
  }
}
