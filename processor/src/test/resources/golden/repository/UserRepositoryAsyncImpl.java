package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link UserRepositoryAsync} by calling a {@link UserRepository} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class UserRepositoryAsyncImpl implements UserRepositoryAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final UserRepository delegate;

  /**
   * Runs each call as the facade's options say.
   */
  private final FacadeRuntime runtime;

  /**
   * Makes a facade of {@code delegate} whose calls run as {@code options} say.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   */
  UserRepositoryAsyncImpl(UserRepository delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<List<User>> findByName(String name, int... limits) {
    return this.runtime.<List<User>>call("UserRepository.findByName", () -> this.delegate.findByName(name, limits));
  }

  @Override
  public CompletableFuture<User> refresh(long id) {
    return this.runtime.<User>callStage("UserRepository.refresh", () -> this.delegate.refresh(id));
  }

  @Override
  public CompletableFuture<Optional<User>> findById(Long id) {
    return this.runtime.<Optional<User>>call("UserRepository.findById", () -> this.delegate.findById(id));
  }

  @Override
  public CompletableFuture<List<User>> findAll() {
    return this.runtime.<List<User>>call("UserRepository.findAll", () -> this.delegate.findAll());
  }

  @Override
  public <S extends User> CompletableFuture<S> save(S entity) {
    return this.runtime.<S>call("UserRepository.save", () -> this.delegate.<S>save(entity));
  }

  @Override
  public CompletableFuture<Long> count() {
    return this.runtime.<Long>call("UserRepository.count", () -> this.delegate.count());
  }

  @Override
  public CompletableFuture<List<User>> gatherRefresh(Collection<? extends Long> args) {
    return FacadeRuntime.<Long, User>gather(args, arg -> this.refresh((long) arg));
  }

  @Override
  public CompletableFuture<List<Optional<User>>> gatherFindById(Collection<? extends Long> args) {
    return FacadeRuntime.<Long, Optional<User>>gather(args, arg -> this.findById(arg));
  }

  @Override
  public <S extends User> CompletableFuture<List<S>> gatherSave(Collection<? extends S> args) {
    return FacadeRuntime.<S, S>gather(args, arg -> this.<S>save(arg));
  }

  @Override
  public UserRepositoryAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new UserRepositoryAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "UserRepositoryAsync[" + this.delegate + "]";
  }
}
