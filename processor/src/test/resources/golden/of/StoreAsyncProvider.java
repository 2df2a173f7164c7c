package com.example.of;

import com.example.of.lib.Store;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link StoreAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class StoreAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public StoreAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Store.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return StoreAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return StoreAsync.of((Store<?, ?>) delegate).withOptions(options);
  }
}
