package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link ClashingAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class ClashingAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public ClashingAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Clashing.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return ClashingAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return ClashingAsync.of((Clashing) delegate).withOptions(options);
  }
}
