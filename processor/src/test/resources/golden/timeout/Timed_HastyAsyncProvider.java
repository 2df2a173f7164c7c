package com.example.timeout;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Timed_HastyAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class Timed_HastyAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public Timed_HastyAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Timed.Hasty.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return Timed_HastyAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return Timed_HastyAsync.of((Timed.Hasty) delegate).withOptions(options);
  }
}
