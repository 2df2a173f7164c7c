package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link UserRepositoryAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class UserRepositoryAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public UserRepositoryAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return UserRepository.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return UserRepositoryAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return UserRepositoryAsync.of((UserRepository) delegate).withOptions(options);
  }
}
