package com.example.files;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Asynchronous facade of {@link Downloader}: each method calls its blocking twin on an
 * executor and returns a {@link CompletableFuture} of the result at once. The future fails
 * with the exception the call throws; cancelling it interrupts the call, and
 * cancels the stage the call returned, if it returns one.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
public interface DownloaderAsync {
  /**
   * Calls {@link Downloader#download(String)} on this facade's executor.
   *
   * @param file passed on
   * @return a future of its result
   */
  CompletableFuture<byte[]> download(String file);

  /**
   * Calls {@link Downloader#save(String, byte[])} on this facade's executor.
   *
   * @param file passed on
   * @param content passed on
   * @return a future of {@code null}, once it returns
   */
  CompletableFuture<Void> save(String file, byte[] content);

  /**
   * Calls {@link Downloader#size(String)} on this facade's executor.
   *
   * @param file passed on
   * @return a future of its result
   */
  CompletableFuture<Long> size(String file);

  /**
   * Calls {@link #download(String)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<byte[]>> gatherDownload(Collection<? extends String> args);

  /**
   * Calls {@link #size(String)} once for each of {@code args}, all at once,
   * like asyncio.gather.
   *
   * @param args the arguments, one call each
   * @return a future of the results, in the order of {@code args}; the first failure
   *     fails it and cancels the calls still running
   */
  CompletableFuture<List<Long>> gatherSize(Collection<? extends String> args);

  /**
   * Returns a facade running each call of {@code delegate} on the default executor:
   * a virtual thread per call on JDK 21+, a bounded thread pool before.
   *
   * @param delegate the object whose methods the facade calls
   * @return the facade
   */
  static DownloaderAsync of(Downloader delegate) {
    return new DownloaderAsyncImpl(delegate, FacadeRuntime.defaults());
  }

  /**
   * Returns a facade running each call of {@code delegate} on {@code executor}.
   *
   * @param delegate the object whose methods the facade calls
   * @param executor the executor each call runs on
   * @return the facade
   */
  static DownloaderAsync of(Downloader delegate, Executor executor) {
    return new DownloaderAsyncImpl(delegate, FacadeRuntime.defaults(executor));
  }

  /**
   * Returns a facade running each call of {@code delegate} as {@code options} say:
   * executor, timeout, concurrency limit, context propagation, listeners.
   *
   * @param delegate the object whose methods the facade calls
   * @param options how the facade's calls run
   * @return the facade
   */
  static DownloaderAsync of(Downloader delegate, AsyncOptions options) {
    return new DownloaderAsyncImpl(delegate, options);
  }

  /**
   * Returns a copy of this facade, for the same delegate, whose options are {@code change}
   * applied to this one's, e.g. {@code withOptions(o -> o.withTimeout(Duration.ofSeconds(2)))}.
   * This facade is left as it is.
   *
   * @param change makes the copy's options from this facade's
   * @return the new facade
   */
  DownloaderAsync withOptions(UnaryOperator<AsyncOptions> change);
}
