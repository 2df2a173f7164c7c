package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.micrometer.BulkheadMetrics;
import dev.asyncgen.micrometer.MicrometerCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Micrometer for the facade beans, when the application has a {@code MeterRegistry}: one {@link
 * MicrometerCallListener} shared by every facade (timer {@code asyncgen.calls}), and the gauges of
 * each facade's concurrency limit, tagged {@code facade=<bean name>}.
 */
final class FacadeMetrics implements FacadeInstrumentation {

  private final ObjectProvider<MeterRegistry> registries;
  private MicrometerCallListener listener;

  FacadeMetrics(ObjectProvider<MeterRegistry> registries) {
    this.registries = registries;
  }

  @Override
  public AsyncOptions instrument(AsyncFacade facade, AsyncOptions options) {
    MeterRegistry registry = registries.getIfAvailable();
    if (registry == null) {
      return options;
    }
    options.bulkhead()
        .ifPresent(bulkhead -> new BulkheadMetrics(bulkhead, Tags.of("facade", facade.beanName())).bindTo(registry));
    return options.withListener(listener(registry));
  }

  private synchronized MicrometerCallListener listener(MeterRegistry registry) {
    if (listener == null) {
      listener = new MicrometerCallListener(registry);
    }
    return listener;
  }
}
