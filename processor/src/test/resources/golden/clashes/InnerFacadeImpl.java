package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Dispatcher;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link InnerFacade} by calling a {@link Clashing.Renamed} through a {@link Dispatcher}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class InnerFacadeImpl implements InnerFacade {
  private final Clashing.Renamed delegate;

  private final Dispatcher dispatcher;

  InnerFacadeImpl(Clashing.Renamed delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.dispatcher = Dispatcher.of(options);
  }

  @Override
  public CompletableFuture<java.lang.String> hello() {
    return this.dispatcher.<java.lang.String>call("Clashing.Renamed.hello", () -> this.delegate.hello());
  }

  @Override
  public InnerFacade withOptions(UnaryOperator<AsyncOptions> change) {
    return new InnerFacadeImpl(this.delegate, change.apply(this.dispatcher.options()));
  }

  @Override
  public java.lang.String toString() {
    return "InnerFacade[" + this.delegate + "]";
  }
}
