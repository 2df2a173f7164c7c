package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Bulkhead;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/asyncgen}: every facade bean the starter registered, with what it runs on, its
 * timeout and its concurrency limit with the calls running and waiting there now; and the calls
 * in flight. Expose it like any endpoint: {@code management.endpoints.web.exposure.include=asyncgen}.
 */
@Endpoint(id = "asyncgen")
public class AsyncgenEndpoint {

  private final FacadeCatalog catalog;
  private final InFlightCalls inFlight;
  private final AsyncgenProperties properties;

  AsyncgenEndpoint(FacadeCatalog catalog, InFlightCalls inFlight, AsyncgenProperties properties) {
    this.catalog = catalog;
    this.inFlight = inFlight;
    this.properties = properties;
  }

  @ReadOperation
  public Report report() {
    Map<String, FacadeReport> facades = new LinkedHashMap<>();
    for (AsyncFacade facade : catalog.facades()) {
      facades.put(facade.beanName(), FacadeReport.of(facade, catalog.options(facade).orElse(null)));
    }
    return new Report(
        facades,
        inFlight.size(),
        new ShutdownReport(
            properties.getShutdown().isAwaitTermination(),
            properties.getShutdown().getAwaitTerminationPeriod().toString()));
  }

  /** The endpoint's answer. */
  public record Report(Map<String, FacadeReport> facades, int callsInFlight, ShutdownReport shutdown) {}

  /**
   * One facade bean; {@code built} is false, and the options empty, until the bean is created
   * (a lazy one, on first use).
   */
  public record FacadeReport(
      String facade,
      String syncInterface,
      String delegate,
      String propertyKey,
      boolean built,
      String executor,
      String timeout,
      BulkheadReport bulkhead,
      int contexts,
      int listeners) {

    static FacadeReport of(AsyncFacade facade, AsyncOptions options) {
      return new FacadeReport(
          facade.facadeInterface().getName(),
          facade.syncInterface().getName(),
          facade.delegateBeanName(),
          facade.propertyKey(),
          options != null,
          options == null ? null : options.executor().map(Object::toString).orElse("asyncgen default"),
          options == null ? null : options.timeout().map(Duration::toString).orElse(null),
          options == null ? null : options.bulkhead().map(BulkheadReport::of).orElse(null),
          options == null ? 0 : options.contexts().size(),
          options == null ? 0 : options.listeners().size());
    }
  }

  /** A concurrency limit, with its calls now. */
  public record BulkheadReport(int maxConcurrency, int maxWaiting, int running, int waiting) {
    static BulkheadReport of(Bulkhead bulkhead) {
      return new BulkheadReport(bulkhead.maxConcurrency(), bulkhead.maxWaiting(), bulkhead.running(), bulkhead.waiting());
    }
  }

  /** What closing the context does to calls in flight. */
  public record ShutdownReport(boolean awaitTermination, String awaitTerminationPeriod) {}
}
