package dev.asyncgen.opentelemetry;

import dev.asyncgen.ContextPropagator;
import dev.asyncgen.spi.ScopedContextPropagator;
import io.opentelemetry.context.Context;

/**
 * Carries OpenTelemetry's current {@link Context} (the current span, baggage, anything an
 * instrumentation keeps there) from the caller to the blocking call, so spans the call starts are
 * children of the caller's; after the call the executor's thread is back to its own context:
 *
 * <pre>{@code
 * DownloaderAsync downloads = DownloaderAsync.of(downloader, AsyncOptions.defaults()
 *     .withContext(OpenTelemetryContextPropagator.create()));
 * }</pre>
 *
 * <p>The context is made current with {@link Context#makeCurrent()} and its scope closed after
 * the call, innermost first, as OpenTelemetry's context storage requires.
 */
public final class OpenTelemetryContextPropagator {

  private OpenTelemetryContextPropagator() {}

  /** A propagator of {@link Context#current()}. */
  public static ContextPropagator<?> create() {
    return ScopedContextPropagator.of(Context::current, Context::makeCurrent);
  }
}
