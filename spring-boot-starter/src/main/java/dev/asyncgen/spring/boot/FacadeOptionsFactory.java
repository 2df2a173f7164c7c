package dev.asyncgen.spring.boot;

import dev.asyncgen.AsyncExecutors;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.CallListener;
import dev.asyncgen.ContextPropagator;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;

/**
 * The options each facade bean is built with. In this order, each step seeing the last one's
 * result:
 *
 * <ol>
 *   <li>what the facade's {@code of(delegate)} gives: {@code @Async(timeout)}, if any;
 *   <li>the executor: Boot's {@code applicationTaskExecutor}, unless {@code
 *       asyncgen.executor=asyncgen} or there is no such bean;
 *   <li>timeout: {@code asyncgen.facades.<key>.timeout}, else {@code @Async(timeout)}, else
 *       {@code asyncgen.timeout};
 *   <li>concurrency limit: {@code asyncgen.facades.<key>.max-concurrency}, else {@code
 *       asyncgen.max-concurrency} (and {@code max-waiting} alike, for a facade with a limit);
 *   <li>every {@link ContextPropagator} bean (the starter's own only with {@code
 *       asyncgen.context-propagation.enabled}) and every {@link CallListener} bean, in order;
 *   <li>every {@link AsyncFacadeCustomizer} bean, in order;
 *   <li>Micrometer's timer and bulkhead gauges, when there is a {@code MeterRegistry};
 *   <li>the executor wrapped to track calls in flight, for shutdown.
 * </ol>
 */
final class FacadeOptionsFactory {

  private final AsyncgenProperties properties;
  private final BeanFactory beanFactory;
  private final ObjectProvider<ContextPropagator<?>> propagators;
  private final ObjectProvider<CallListener> listeners;
  private final ObjectProvider<AsyncFacadeCustomizer> customizers;
  private final ObjectProvider<FacadeInstrumentation> instrumentation;
  private final InFlightCalls inFlight;
  private final FacadeCatalog catalog;

  FacadeOptionsFactory(
      AsyncgenProperties properties,
      BeanFactory beanFactory,
      ObjectProvider<ContextPropagator<?>> propagators,
      ObjectProvider<CallListener> listeners,
      ObjectProvider<AsyncFacadeCustomizer> customizers,
      ObjectProvider<FacadeInstrumentation> instrumentation,
      InFlightCalls inFlight,
      FacadeCatalog catalog) {
    this.properties = properties;
    this.beanFactory = beanFactory;
    this.propagators = propagators;
    this.listeners = listeners;
    this.customizers = customizers;
    this.instrumentation = instrumentation;
    this.inFlight = inFlight;
    this.catalog = catalog;
  }

  /** The options of {@code facade}, given those its {@code of(delegate)} would use. */
  AsyncOptions configure(AsyncFacade facade, AsyncOptions annotated) {
    AsyncOptions options = annotated;
    Executor application = applicationExecutor();
    if (application != null) {
      options = options.withExecutor(application);
    }
    options = withCallProperties(facade, options);
    // asyncgen.context-propagation.enabled=false removes only the starter's own propagator beans
    // (their configurations are conditional on it): the application's own still apply.
    for (ContextPropagator<?> propagator : propagators.orderedStream().toList()) {
      options = options.withContext(propagator);
    }
    for (CallListener listener : listeners.orderedStream().toList()) {
      options = options.withListener(listener);
    }
    for (AsyncFacadeCustomizer customizer : customizers.orderedStream().toList()) {
      options = customizer.customize(facade, options);
    }
    for (FacadeInstrumentation instrument : instrumentation.orderedStream().toList()) {
      options = instrument.instrument(facade, options);
    }
    options =
        options.withExecutor(inFlight.track(options.executor().orElseGet(AsyncExecutors::defaultExecutor)));
    catalog.built(facade, options);
    return options;
  }

  /**
   * Timeout and concurrency limit from the properties. A value the runtime refuses fails the
   * facade's bean, and so the start-up, with the property's name.
   */
  private AsyncOptions withCallProperties(AsyncFacade facade, AsyncOptions options) {
    AsyncgenProperties.Facade own = properties.facade(facade);
    Setting<Duration> timeout = setting(facade, own, "timeout", CallProperties::getTimeout);
    // @Async(timeout) is the interface's own: only the facade's property overrides it.
    AsyncOptions timed =
        timeout != null && (timeout.perFacade() || options.timeout().isEmpty())
            ? timeout.apply(options::withTimeout)
            : options;
    Setting<Integer> maxConcurrency = setting(facade, own, "max-concurrency", CallProperties::getMaxConcurrency);
    Setting<Integer> maxWaiting = setting(facade, own, "max-waiting", CallProperties::getMaxWaiting);
    if (maxConcurrency == null) {
      // asyncgen.max-waiting is a default for the facades that have a limit; only a facade's own
      // max-waiting without any limit is a mistake.
      if (maxWaiting != null && maxWaiting.perFacade()) {
        throw new IllegalStateException(
            maxWaiting.property() + " is set, but no max-concurrency for facade " + facade.beanName()
                + ": a call waits only at a concurrency limit; set asyncgen.facades."
                + facade.propertyKey() + ".max-concurrency or asyncgen.max-concurrency too");
      }
      return timed;
    }
    int waiting = maxWaiting == null ? Integer.MAX_VALUE : maxWaiting.value();
    return maxConcurrency.apply(limit -> timed.withMaxConcurrency(limit, waiting));
  }

  /** The facade's own value of a property, else the default one, else {@code null}. */
  private <T> Setting<T> setting(
      AsyncFacade facade, AsyncgenProperties.Facade own, String name, Function<CallProperties, T> value) {
    if (own != null && value.apply(own) != null) {
      return new Setting<>("asyncgen.facades." + facade.propertyKey() + "." + name, value.apply(own), true);
    }
    T fallback = value.apply(properties);
    return fallback == null ? null : new Setting<>("asyncgen." + name, fallback, false);
  }

  /** A property's value, and its name for errors. */
  private record Setting<T>(String property, T value, boolean perFacade) {

    AsyncOptions apply(Function<T, AsyncOptions> change) {
      try {
        return change.apply(value);
      } catch (IllegalArgumentException refused) {
        throw new IllegalStateException(property + "=" + value + " is not valid: " + refused.getMessage(), refused);
      }
    }
  }

  private Executor applicationExecutor() {
    String name = TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME;
    if (properties.getExecutor() != AsyncgenProperties.ExecutorChoice.APPLICATION
        || !beanFactory.containsBean(name)
        || !beanFactory.isTypeMatch(name, Executor.class)) {
      return null;
    }
    return beanFactory.getBean(name, Executor.class);
  }

}
