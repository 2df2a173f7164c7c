package com.example.nesting;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link Outer_InnerAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class Outer_InnerAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public Outer_InnerAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Outer.Inner.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return Outer_InnerAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return Outer_InnerAsync.of((Outer.Inner) delegate).withOptions(options);
  }
}
