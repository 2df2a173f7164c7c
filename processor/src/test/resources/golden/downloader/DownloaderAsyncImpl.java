package com.example.files;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.internal.FacadeRuntime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Implements {@link DownloaderAsync} by calling a {@link Downloader} through a {@link FacadeRuntime}.
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
final class DownloaderAsyncImpl implements DownloaderAsync {
  /**
   * The object whose methods the facade calls.
   */
  private final Downloader delegate;

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
  DownloaderAsyncImpl(Downloader delegate, AsyncOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.runtime = FacadeRuntime.of(options);
  }

  @Override
  public CompletableFuture<byte[]> download(String file) {
    return this.runtime.<byte[]>call("Downloader.download", () -> this.delegate.download(file));
  }

  @Override
  public CompletableFuture<Void> save(String file, byte[] content) {
    return this.runtime.run("Downloader.save", () -> this.delegate.save(file, content));
  }

  @Override
  public CompletableFuture<Long> size(String file) {
    return this.runtime.<Long>call("Downloader.size", () -> this.delegate.size(file));
  }

  @Override
  public CompletableFuture<List<byte[]>> gatherDownload(Collection<? extends String> args) {
    return FacadeRuntime.<String, byte[]>gather(args, arg -> this.download(arg));
  }

  @Override
  public CompletableFuture<List<Long>> gatherSize(Collection<? extends String> args) {
    return FacadeRuntime.<String, Long>gather(args, arg -> this.size(arg));
  }

  @Override
  public DownloaderAsync withOptions(UnaryOperator<AsyncOptions> change) {
    return new DownloaderAsyncImpl(this.delegate, change.apply(this.runtime.options()));
  }

  @Override
  public String toString() {
    return "DownloaderAsync[" + this.delegate + "]";
  }
}
