package com.example.timeout;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Timed_PatientAsync} by calling a {@link Timed.Patient} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class Timed_PatientAsyncImpl implements Timed_PatientAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Timed.Patient delegate;

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
  Timed_PatientAsyncImpl(Timed.Patient delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<Void> await() {
    return this.runtime.run("Timed.Patient.await", () -> this.delegate.await());
  }

  @Override
  public Timed_PatientAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new Timed_PatientAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "Timed_PatientAsync[" + this.delegate + "]";
  }
}
