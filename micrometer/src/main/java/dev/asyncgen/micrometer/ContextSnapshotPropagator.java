package dev.asyncgen.micrometer;

import dev.asyncgen.ContextPropagator;
import dev.asyncgen.spi.ScopedContextPropagator;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.Objects;

/**
 * Carries every {@code ThreadLocalAccessor} that Micrometer's context-propagation library knows
 * (Micrometer's current {@code Observation} and with it Micrometer Tracing's span, Spring
 * Security's context, Reactor's, any you register) from the caller to the blocking call, and
 * restores the executor thread's own afterwards:
 *
 * <pre>{@code
 * DownloaderAsync downloads = DownloaderAsync.of(downloader, AsyncOptions.defaults()
 *     .withContext(ContextSnapshotPropagator.create()));
 * }</pre>
 *
 * <p>The library knows the SLF4J MDC only when asked: {@link #withMdc()} adds it.
 */
public final class ContextSnapshotPropagator {

  private ContextSnapshotPropagator() {}

  /** Propagates what {@link ContextRegistry#getInstance()} knows, now and later. */
  public static ContextPropagator<?> create() {
    return create(ContextSnapshotFactory.builder().build());
  }

  /** Propagates what snapshots of {@code factory} capture, e.g. one with a registry of your own. */
  public static ContextPropagator<?> create(ContextSnapshotFactory factory) {
    Objects.requireNonNull(factory, "factory");
    return ScopedContextPropagator.of(factory::captureAll, ContextSnapshot::setThreadLocals);
  }

  /**
   * Propagates what {@link ContextRegistry#getInstance()} knows, and the whole SLF4J MDC as well,
   * without registering the MDC globally (where it would change what Reactor propagates). Needs
   * SLF4J on the class path. Accessors registered globally after this call are not seen.
   */
  public static ContextPropagator<?> withMdc() {
    ContextRegistry registry = new ContextRegistry();
    ContextRegistry.getInstance().getThreadLocalAccessors().forEach(registry::registerThreadLocalAccessor);
    ContextRegistry.getInstance().getContextAccessors().forEach(registry::registerContextAccessor);
    if (registry.getThreadLocalAccessors().stream()
        .noneMatch(accessor -> Slf4jThreadLocalAccessor.KEY.equals(accessor.key()))) {
      registry.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor());
    }
    return create(ContextSnapshotFactory.builder().contextRegistry(registry).build());
  }
}
