package com.example.files;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.spi.FacadeProvider;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Builds {@link DownloaderAsync} facades for frameworks, which find this class with
 * {@link java.util.ServiceLoader} (see {@link FacadeProvider}).
 */
@Generated("dev.asyncgen.processor.AsyncProcessor")
@FacadeProvider.Registered
public final class DownloaderAsyncProvider implements FacadeProvider {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public DownloaderAsyncProvider() {
  }

  @Override
  public Class<?> syncInterface() {
    return Downloader.class;
  }

  @Override
  public Class<?> facadeInterface() {
    return DownloaderAsync.class;
  }

  @Override
  public Object create(Object delegate, UnaryOperator<AsyncOptions> options) {
    return DownloaderAsync.of((Downloader) delegate).withOptions(options);
  }
}
