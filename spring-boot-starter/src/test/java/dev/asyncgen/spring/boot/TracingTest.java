package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.Greeting;
import dev.asyncgen.spring.boot.app.GreetingApplication;
import dev.asyncgen.spring.boot.app.GreetingHook;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Boot's own tracing (Micrometer Tracing over OpenTelemetry, exported by the SDK to its in-memory
 * exporter): the MDC and the current span reach the blocking call with no configuration, so a span
 * the call starts is a child of the caller's and its logs carry the caller's trace ID.
 */
@SpringBootTest(
    classes = {GreetingApplication.class, TracingTest.Spans.class},
    properties = {
      "management.tracing.sampling.probability=1.0",
      "management.otlp.metrics.export.enabled=false"
    })
class TracingTest {

  @Autowired GreeterAsync greeter;
  @Autowired ObservationRegistry observations;
  @Autowired Tracer tracer;
  @Autowired InMemorySpanExporter exported;

  @Test
  void theMdcAndTheCurrentSpanReachTheBlockingCall() {
    String[] callerTraceId = new String[1];
    Greeting greeting =
        Observation.createNotStarted("request", observations)
            .observe(
                () -> {
                  MDC.put("user", "alice");
                  try {
                    callerTraceId[0] = tracer.currentSpan().context().traceId();
                    return greeter.greet("traced").get(20, TimeUnit.SECONDS);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  } finally {
                    MDC.remove("user");
                  }
                });

    assertEquals("alice", greeting.mdc().get("user"));
    assertEquals(callerTraceId[0], greeting.mdc().get("traceId")); // what Boot's log pattern prints
    Map<String, SpanData> spans =
        exported.getFinishedSpanItems().stream().collect(Collectors.toMap(SpanData::getName, span -> span));
    assertThat(spans).containsKeys("request", "inside the call");
    assertEquals(spans.get("request").getSpanId(), spans.get("inside the call").getParentSpanId());
    assertEquals(callerTraceId[0], spans.get("inside the call").getTraceId());
  }

  /** Spans exported at once to memory, and a blocking call that starts a span of its own. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Spans {

    @Bean
    InMemorySpanExporter exportedSpans() {
      return InMemorySpanExporter.create();
    }

    @Bean
    SpanProcessor exportAtOnce(InMemorySpanExporter exported) {
      return SimpleSpanProcessor.create(exported);
    }

    @Bean
    @Primary
    @SuppressWarnings("try") // the scope makes the span current; nothing in it names the scope
    GreetingHook startsASpan(Tracer tracer) {
      return name -> {
        Span inside = tracer.nextSpan().name("inside the call").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(inside)) {
          // the span is current here, as the call's own spans would be
        } finally {
          inside.end();
        }
      };
    }
  }
}
