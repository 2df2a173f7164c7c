package com.example.generics;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link CatalogAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class CatalogAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public CatalogAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Catalog.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return CatalogAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return CatalogAsync.of((Catalog<?, ?>) delegate).withOptions(options);
  }
}
