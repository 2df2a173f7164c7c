package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link CacheAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class CacheAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public CacheAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Cache.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return CacheAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return CacheAsync.of((Cache<?>) delegate).withOptions(options);
  }
}
