package dev.asyncgen.spring.boot;

import dev.asyncgen.CallListener;
import dev.asyncgen.ContextPropagator;
import dev.asyncgen.micrometer.ContextSnapshotPropagator;
import dev.asyncgen.opentelemetry.OpenTelemetryContextPropagator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * asyncgen in a Spring Boot application: a facade bean for every bean that implements an
 * {@code @Async} interface (see {@link FacadeRegistrar}), built as {@link FacadeOptionsFactory}
 * says, with Micrometer metrics, context propagation and an Actuator endpoint where those
 * libraries are present, and a clean shutdown ({@link InFlightCalls}). {@code asyncgen.enabled=false}
 * turns all of it off.
 */
@AutoConfiguration(after = TaskExecutionAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "asyncgen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AsyncgenProperties.class)
public final class AsyncgenAutoConfiguration {

  /** Static: a bean factory post-processor must not make this configuration be created early. */
  @Bean
  static FacadeRegistrar asyncgenFacadeRegistrar() {
    return new FacadeRegistrar();
  }

  @Bean
  InFlightCalls asyncgenInFlightCalls(AsyncgenProperties properties) {
    return new InFlightCalls(properties.getShutdown());
  }

  @Bean
  FacadeOptionsFactory asyncgenFacadeOptionsFactory(
      AsyncgenProperties properties,
      BeanFactory beanFactory,
      ObjectProvider<ContextPropagator<?>> propagators,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<AsyncFacadeCustomizer> customizers,
      ObjectProvider<FacadeInstrumentation> instrumentation,
      InFlightCalls inFlight) {
    return new FacadeOptionsFactory(
        properties,
        beanFactory,
        propagators,
        listeners,
        customizers,
        instrumentation,
        inFlight,
        beanFactory.getBean(FacadeCatalog.class));
  }

  /** Timers and gauges, when Micrometer is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    FacadeMetrics asyncgenFacadeMetrics(ObjectProvider<MeterRegistry> registries) {
      return new FacadeMetrics(registries);
    }

    /** Boot binds every MeterBinder bean to the application's registry. */
    @Bean
    MeterBinder asyncgenCallsInFlightMetrics(InFlightCalls inFlight) {
      return registry ->
          Gauge.builder("asyncgen.calls.active", inFlight, InFlightCalls::size)
              .description("asyncgen calls handed to an executor and not yet ended")
              .register(registry);
    }
  }

  /**
   * What Micrometer's context-propagation knows (the current Observation, and with it the trace
   * of Micrometer Tracing), and the SLF4J MDC where SLF4J is there.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.context.ContextSnapshotFactory")
  @ConditionalOnBooleanProperty(name = "asyncgen.context-propagation.enabled", matchIfMissing = true)
  static class ContextSnapshotConfiguration {

    @Bean
    @Order(0)
    @ConditionalOnMissingBean(name = "asyncgenContextSnapshotPropagator")
    ContextPropagator<?> asyncgenContextSnapshotPropagator() {
      return ClassUtils.isPresent("org.slf4j.MDC", ContextSnapshotConfiguration.class.getClassLoader())
          ? ContextSnapshotPropagator.withMdc()
          : ContextSnapshotPropagator.create();
    }
  }

  /** OpenTelemetry's current Context, where the OpenTelemetry API is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.opentelemetry.context.Context")
  @ConditionalOnBooleanProperty(name = "asyncgen.context-propagation.enabled", matchIfMissing = true)
  static class OpenTelemetryConfiguration {

    @Bean
    @Order(1)
    @ConditionalOnMissingBean(name = "asyncgenOpenTelemetryPropagator")
    ContextPropagator<?> asyncgenOpenTelemetryPropagator() {
      return OpenTelemetryContextPropagator.create();
    }
  }

  /** {@code /actuator/asyncgen}, where Actuator is there and the endpoint is enabled. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"
      })
  static class EndpointConfiguration {

    @Bean
    @ConditionalOnAvailableEndpoint(AsyncgenEndpoint.class)
    AsyncgenEndpoint asyncgenEndpoint(
        BeanFactory beanFactory, InFlightCalls inFlight, AsyncgenProperties properties) {
      return new AsyncgenEndpoint(beanFactory.getBean(FacadeCatalog.class), inFlight, properties);
    }
  }
}
