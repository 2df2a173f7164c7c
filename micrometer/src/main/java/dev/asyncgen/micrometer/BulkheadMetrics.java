package dev.asyncgen.micrometer;

import dev.asyncgen.Bulkhead;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Gauges of one concurrency limit ({@link Bulkhead}): {@code asyncgen.bulkhead.running} (calls
 * holding a slot), {@code asyncgen.bulkhead.waiting} (calls queued for one) and {@code
 * asyncgen.bulkhead.max.concurrency}, with the tags given, e.g. {@code facade=downloader}.
 *
 * <pre>{@code
 * AsyncOptions options = AsyncOptions.defaults().withMaxConcurrency(8);
 * new BulkheadMetrics(options.bulkhead().orElseThrow(), Tags.of("facade", "downloader"))
 *     .bindTo(registry);
 * }</pre>
 *
 * <p>The gauges hold the bulkhead weakly, as Micrometer's gauges do: they do not keep a facade
 * nobody uses alive.
 */
public final class BulkheadMetrics implements MeterBinder {

  private final Bulkhead bulkhead;
  private final Tags tags;

  public BulkheadMetrics(Bulkhead bulkhead, Iterable<Tag> tags) {
    this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("asyncgen.bulkhead.running", bulkhead, Bulkhead::running)
        .description("asyncgen calls holding a slot of the concurrency limit")
        .tags(tags)
        .register(registry);
    Gauge.builder("asyncgen.bulkhead.waiting", bulkhead, Bulkhead::waiting)
        .description("asyncgen calls waiting for a slot of the concurrency limit")
        .tags(tags)
        .register(registry);
    Gauge.builder("asyncgen.bulkhead.max.concurrency", bulkhead, Bulkhead::maxConcurrency)
        .description("the most asyncgen calls that run at once")
        .tags(tags)
        .register(registry);
  }
}
