package com.example.of;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link CallableAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class CallableAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public CallableAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Callable.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return CallableAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return CallableAsync.of((Callable<?>) delegate).withOptions(options);
  }
}
