package com.example.users;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link UserRepository}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface UserRepositoryAsync {
  /**
   * Calls {@link UserRepository#findByName(String, int[])} on this facade's executor.
   *
   * @param name passed on
   * @param limits passed on
   * @return a future of its result
   */
  CompletableFuture<List<User>> findByName(String name, int... limits);

  /**
   * Calls {@link UserRepository#refresh(long)} on this facade's executor.
   *
   * @param id passed on
   * @return a future of the result of the stage it returns
   */
  CompletableFuture<User> refresh(long id);

  /**
   * Calls {@link Repository#findById(Object)} on this facade's executor.
   *
   * @param id passed on
   * @return a future of its result
   */
  CompletableFuture<Optional<User>> findById(Long id);

  /**
   * Calls {@link Repository#findAll()} on this facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<List<User>> findAll();

  /**
   * Calls {@link Repository#save(Object)} on this facade's executor.
   *
   * @param <S> its {@code S}
   * @param entity passed on
   * @return a future of its result
   */
  <S extends User> CompletableFuture<S> save(S entity);

  /**
   * Calls {@link Repository#count()} on this facade's executor.
   *
   * @return a future of its result
   */
  CompletableFuture<Long> count();

  /**
   * Calls {@link #refresh(long)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<User>> gatherRefresh(Collection<? extends Long> args);

  /**
   * Calls {@link #findById(Long)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<Optional<User>>> gatherFindById(Collection<? extends Long> args);

  /**
   * Calls {@link #save(User)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param <S> its {@code S}
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  <S extends User> CompletableFuture<List<S>> gatherSave(Collection<? extends S> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static UserRepositoryAsync of(UserRepository delegate) {
    return new UserRepositoryAsyncImpl(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static UserRepositoryAsync of(UserRepository delegate, Executor executor) {
    return new UserRepositoryAsyncImpl(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static UserRepositoryAsync of(UserRepository delegate, AsyncOptions options) {
    return new UserRepositoryAsyncImpl(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  UserRepositoryAsync withOptions(UnaryOperator<AsyncOptions> change);
}
