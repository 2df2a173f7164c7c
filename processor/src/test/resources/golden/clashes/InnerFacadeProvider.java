package com.example.clashes;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link InnerFacade} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class InnerFacadeProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public InnerFacadeProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Clashing.Renamed.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return InnerFacade.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return InnerFacade.of((Clashing.Renamed) delegate).withOptions(options);
  }
}
