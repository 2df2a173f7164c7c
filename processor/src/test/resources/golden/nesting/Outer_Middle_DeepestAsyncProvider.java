package com.example.nesting;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Outer_Middle_DeepestAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class Outer_Middle_DeepestAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public Outer_Middle_DeepestAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Outer.Middle.Deepest.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return Outer_Middle_DeepestAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return Outer_Middle_DeepestAsync.of((Outer.Middle.Deepest) delegate).withOptions(options);
  }
}
