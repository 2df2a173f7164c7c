package dev.asyncgen.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spans recorded by the real OpenTelemetry SDK and exported to its in-memory exporter: the span a
 * blocking call starts is a child of the caller's, baggage reaches the call, and the pooled thread
 * is left with no context.
 */
@SuppressWarnings("try") // scopes in try-with-resources, as OpenTelemetry's own docs write them
class OpenTelemetryContextPropagatorTest {

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final Tracer tracer = tracerProvider.get("asyncgen-test");
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void shutDown() throws InterruptedException {
    tracerProvider.close();
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  /** A catalog whose every look-up is a span of its own, started in the current context. */
  private CatalogAsync catalog(AsyncOptions options) {
    Catalog traced =
        sku -> {
          Span span = tracer.spanBuilder("lookUp " + sku).startSpan();
          try (Scope scope = span.makeCurrent()) {
            return sku + " in " + Baggage.current().getEntryValue("tenant");
          } finally {
            span.end();
          }
        };
    return CatalogAsync.of(traced, options.withExecutor(pool));
  }

  @Test
  void theCallsSpanIsAChildOfTheCallersAndBaggageArrives() throws Exception {
    CatalogAsync catalog = catalog(AsyncOptions.defaults().withContext(OpenTelemetryContextPropagator.create()));

    Span request = tracer.spanBuilder("request").startSpan();
    String found;
    try (Scope scope =
        Context.current().with(request).with(Baggage.builder().put("tenant", "acme").build()).makeCurrent()) {
      found = catalog.lookUp("sku-1").get(20, TimeUnit.SECONDS);
    } finally {
      request.end();
    }

    assertEquals("sku-1 in acme", found);
    Map<String, SpanData> spans = byName(exporter.getFinishedSpanItems());
    SpanData parent = spans.get("request");
    SpanData child = spans.get("lookUp sku-1");
    assertEquals(parent.getTraceId(), child.getTraceId());
    assertEquals(parent.getSpanId(), child.getParentSpanId());
  }

  @Test
  void concurrentCallsEachGetTheirOwnCallersSpan() throws Exception {
    CatalogAsync catalog = catalog(AsyncOptions.defaults().withContext(OpenTelemetryContextPropagator.create()));
    for (int i = 0; i < 20; i++) {
      Span request = tracer.spanBuilder("request " + i).startSpan();
      try (Scope scope = request.makeCurrent()) {
        catalog.lookUp("sku-" + i);
      } finally {
        request.end();
      }
    }
    awaitSpans(40);

    Map<String, SpanData> spans = byName(exporter.getFinishedSpanItems());
    for (int i = 0; i < 20; i++) {
      assertEquals(spans.get("request " + i).getSpanId(), spans.get("lookUp sku-" + i).getParentSpanId());
    }
  }

  @Test
  void afterTheCallThePooledThreadHasNoContext() throws Exception {
    CatalogAsync catalog = catalog(AsyncOptions.defaults().withContext(OpenTelemetryContextPropagator.create()));
    Span request = tracer.spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      catalog.lookUp("sku-1").get(20, TimeUnit.SECONDS);
    } finally {
      request.end();
    }
    for (int i = 0; i < 4; i++) { // every thread of the pool, most likely
      assertSame(Context.root(), pool.submit(Context::current).get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void withoutThePropagatorTheCallsSpanIsARootOfItsOwn() throws Exception {
    CatalogAsync catalog = catalog(AsyncOptions.defaults());
    Span request = tracer.spanBuilder("request").startSpan();
    try (Scope scope = request.makeCurrent()) {
      catalog.lookUp("sku-1").get(20, TimeUnit.SECONDS);
    } finally {
      request.end();
    }
    Map<String, SpanData> spans = byName(exporter.getFinishedSpanItems());
    assertEquals(SpanId.getInvalid(), spans.get("lookUp sku-1").getParentSpanId());
    assertNotEquals(spans.get("request").getTraceId(), spans.get("lookUp sku-1").getTraceId());
  }

  private void awaitSpans(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (exporter.getFinishedSpanItems().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static Map<String, SpanData> byName(List<SpanData> spans) {
    return spans.stream().collect(Collectors.toMap(SpanData::getName, span -> span));
  }
}
