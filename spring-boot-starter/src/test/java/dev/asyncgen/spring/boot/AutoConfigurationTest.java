package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.jayway.jsonpath.JsonPath;
import dev.asyncgen.AsyncOptions;
import dev.asyncgen.Bulkhead;
import dev.asyncgen.CallEvent;
import dev.asyncgen.CallListener;
import dev.asyncgen.ContextPropagator;
import dev.asyncgen.spring.boot.app.FriendlyGreeter;
import dev.asyncgen.spring.boot.app.Greeter;
import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.Greeting;
import dev.asyncgen.spring.boot.app.MutableHook;
import dev.asyncgen.spring.boot.app.Store;
import dev.asyncgen.spring.boot.app.StoreAsync;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

/** What the auto-configuration does with and without each library, property and bean. */
class AutoConfigurationTest {

  private final ApplicationContextRunner runner = StarterContexts.runner(App.class);

  @Test
  void asyncgenEnabledFalseRegistersNoFacade() {
    runner.withPropertyValues("asyncgen.enabled=false").run(context -> assertThat(context).doesNotHaveBean(GreeterAsync.class));
  }

  @Test
  void aFacadeCanBeTurnedOffByItsProperty() {
    runner
        .withPropertyValues("asyncgen.facades.greeter.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(GreeterAsync.class).hasSingleBean(FriendlyGreeter.class));
  }

  @Test
  void theQualifiedInterfaceNameIsAKeyToo() {
    runner
        .withPropertyValues("asyncgen.facades[dev.asyncgen.spring.boot.app.Greeter].timeout=100ms")
        .run(
            context -> {
              context.getBean(MutableHook.class).set(name -> Thread.sleep(10_000));
              ExecutionException failed =
                  assertThrows(
                      ExecutionException.class,
                      () -> context.getBean(GreeterAsync.class).greet("x").get(20, TimeUnit.SECONDS));
              assertThat(failed.getCause()).isInstanceOf(TimeoutException.class);
            });
  }

  @Test
  void aPropertyTheRuntimeRefusesFailsTheStartUpNamingTheProperty() {
    assertStartUpFails(
        "asyncgen.facades.greeter.max-concurrency=0",
        "asyncgen.facades.greeter.max-concurrency=0 is not valid: maxConcurrency must be at least 1, was 0");
    assertStartUpFails("asyncgen.timeout=0s", "asyncgen.timeout=PT0S is not valid");
    assertStartUpFails(
        "asyncgen.facades.greeter.max-waiting=5",
        "asyncgen.facades.greeter.max-waiting is set, but no max-concurrency for facade friendlyGreeterAsync");
  }

  @Test
  void aDefaultMaxWaitingAppliesOnlyToTheFacadesThatHaveALimit() {
    runner
        .withBean(Store.Numbers.class)
        .withPropertyValues("asyncgen.max-waiting=50", "asyncgen.facades.store.max-concurrency=10")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertEquals("hello x", greet(context.getBean(GreeterAsync.class)).text());
              StoreAsync<?> store = context.getBean(StoreAsync.class);
              assertEquals(1, store.load("x").get(20, TimeUnit.SECONDS));

              FacadeCatalog catalog = context.getBean(FacadeCatalog.class);
              Map<String, AsyncOptions> built = new HashMap<>();
              catalog.facades().forEach(facade -> built.put(facade.beanName(), catalog.options(facade).orElseThrow()));
              Bulkhead limit = built.get("store.NumbersAsync").bulkhead().orElseThrow();
              assertEquals(10, limit.maxConcurrency());
              assertEquals(50, limit.maxWaiting());
              assertThat(built.get("friendlyGreeterAsync").bulkhead()).isEmpty();
            });
  }

  private void assertStartUpFails(String property, String message) {
    runner
        .withPropertyValues(property)
        .run(context -> assertThat(context).getFailure().hasStackTraceContaining(message));
  }

  @Test
  void withoutMicrometerFacadesWorkUnmeasured() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(FacadeMetrics.class);
              assertEquals("hello x", greet(context.getBean(GreeterAsync.class)).text());
            });
  }

  @Test
  void withoutContextLibrariesNoPropagatorIsAdded() {
    runner
        .withClassLoader(new FilteredClassLoader("io.micrometer.context", "io.opentelemetry"))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(ContextPropagator.class);
              assertEquals("hello x", greet(context.getBean(GreeterAsync.class)).text());
            });
  }

  @Test
  void withTheLibrariesBothPropagatorsAreAddedUnlessTurnedOff() {
    runner.run(context -> assertThat(context.getBeansOfType(ContextPropagator.class)).hasSize(2));
    runner
        .withPropertyValues("asyncgen.context-propagation.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ContextPropagator.class));
  }

  @Test
  void turningTheStartersPropagationOffLeavesTheApplicationsPropagators() {
    ThreadLocal<String> tenant = new ThreadLocal<>();
    runner
        .withPropertyValues("asyncgen.context-propagation.enabled=false")
        .withBean("tenantPropagator", ContextPropagator.class, () -> ContextPropagator.ofThreadLocal(tenant))
        .run(
            context -> {
              assertThat(context.getBeansOfType(ContextPropagator.class)).containsOnlyKeys("tenantPropagator");
              String[] seenTenant = new String[1];
              context.getBean(MutableHook.class).set(name -> seenTenant[0] = tenant.get());
              tenant.set("acme");
              try {
                greet(context.getBean(GreeterAsync.class));
              } finally {
                tenant.remove();
              }
              assertEquals("acme", seenTenant[0]);
            });
  }

  @Test
  void executorAsyncgenTakesAsyncgensOwnDefaultExecutor() {
    runner
        .withPropertyValues("asyncgen.executor=asyncgen")
        .run(context -> assertThat(greet(context.getBean(GreeterAsync.class)).thread()).startsWith("asyncgen-"));
    runner.run(context -> assertThat(greet(context.getBean(GreeterAsync.class)).thread()).startsWith("task-"));
  }

  @Test
  void theApplicationsListenersPropagatorsAndCustomizersApply() {
    ThreadLocal<String> tenant = new ThreadLocal<>();
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    runner
        .withBean("tenantPropagator", ContextPropagator.class, () -> ContextPropagator.ofThreadLocal(tenant))
        .withBean("recordingListener", CallListener.class, () -> events::add)
        .withBean(
            AsyncFacadeCustomizer.class,
            () ->
                (facade, options) ->
                    options.withExecutor(
                        Executors.newSingleThreadExecutor(
                            task -> {
                              Thread thread = new Thread(task, "custom-" + facade.propertyKey());
                              thread.setDaemon(true);
                              return thread;
                            })))
        .run(
            context -> {
              String[] seenTenant = new String[1];
              context.getBean(MutableHook.class).set(name -> seenTenant[0] = tenant.get());
              tenant.set("acme");
              Greeting greeting;
              try {
                greeting = greet(context.getBean(GreeterAsync.class));
              } finally {
                tenant.remove();
              }
              assertEquals("custom-greeter", greeting.thread());
              assertEquals("acme", seenTenant[0]);
              assertEquals("Greeter.greet", events.get(0).method());
            });
  }

  @Test
  void aPrimaryBeansFacadeIsPrimaryAndALazyBeansFacadeLazy() {
    runner
        .withUserConfiguration(MoreGreeters.class)
        .run(
            context -> {
              assertThat(context.getBeanNamesForType(GreeterAsync.class))
                  .containsExactlyInAnyOrder("friendlyGreeterAsync", "loudGreeterAsync", "lazyGreeterAsync");
              assertThat(context.getBeanFactory().containsSingleton("lazyGreeterAsync")).isFalse();

              assertEquals("HELLO x", greet(context.getBean(GreeterAsync.class)).text());
              assertThat(context.getBeanFactory().containsSingleton("lazyGreeter")).isFalse();

              assertEquals("hi x", greet(context.getBean("lazyGreeterAsync", GreeterAsync.class)).text());
              assertThat(context.getBeanFactory().containsSingleton("lazyGreeter")).isTrue();
            });
  }

  @Test
  void aBeanLeftOutOfDefaultInjectionLeavesItsFacadeOutToo() {
    runner
        .withUserConfiguration(BackupGreeter.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBeanNamesForType(GreeterAsync.class))
                  .containsExactlyInAnyOrder("friendlyGreeterAsync", "backupGreeterAsync");
              // Injected by type alone: the main bean's facade, not ambiguous.
              assertEquals("hello x", greet(context.getBean(GreeterUser.class).greeter()).text());
              assertEquals("backup x", greet(context.getBean("backupGreeterAsync", GreeterAsync.class)).text());
            });
  }

  @Test
  void qualifiersHeldInTheDelegatesDefinitionQualifyItsFacade() {
    runner
        .withInitializer(
            context -> {
              RootBeanDefinition definition =
                  new RootBeanDefinition(
                      Greeter.class,
                      () -> name -> new Greeting("regional " + name, Thread.currentThread().getName(), false, Map.of()));
              definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, "regional"));
              ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("regionalGreeter", definition);
            })
        .run(
            context -> {
              GreeterAsync regional =
                  BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), GreeterAsync.class, "regional");
              assertEquals("regional x", greet(regional).text());
            });
  }

  @Test
  void configurationMetadataDescribesEveryPropertyForIdes() throws Exception {
    String metadata;
    try (var in = AsyncgenProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<Map<String, Object>> properties = JsonPath.read(metadata, "$.properties[?(@.name =~ /asyncgen.*/)]");
    assertThat(properties)
        .extracting(property -> property.get("name"))
        .contains(
            "asyncgen.enabled",
            "asyncgen.executor",
            "asyncgen.timeout",
            "asyncgen.max-concurrency",
            "asyncgen.max-waiting",
            "asyncgen.facades",
            "asyncgen.context-propagation.enabled",
            "asyncgen.shutdown.await-termination",
            "asyncgen.shutdown.await-termination-period");
    assertThat(properties).allSatisfy(property -> assertThat((String) property.get("description")).isNotBlank());
    // The format cannot list a map's values' keys: the map's description names them.
    List<String> facades = JsonPath.read(metadata, "$.properties[?(@.name == 'asyncgen.facades')].description");
    assertThat(facades.get(0)).contains("timeout", "max-concurrency", "max-waiting", "enabled");
  }

  private static Greeting greet(GreeterAsync greeter) throws Exception {
    return greeter.greet("x").get(20, TimeUnit.SECONDS);
  }

  @Configuration(proxyBeanMethods = false)
  static class MoreGreeters {
    @Bean
    @Primary
    Greeter loudGreeter() {
      return name -> new Greeting("HELLO " + name, Thread.currentThread().getName(), false, Map.of());
    }

    @Bean
    @Lazy
    Greeter lazyGreeter() {
      return name -> new Greeting("hi " + name, Thread.currentThread().getName(), false, Map.of());
    }
  }

  /** A second Greeter, injected only where asked for by name or qualifier. */
  @Configuration(proxyBeanMethods = false)
  static class BackupGreeter {
    @Bean(defaultCandidate = false)
    Greeter backupGreeter() {
      return name -> new Greeting("backup " + name, Thread.currentThread().getName(), false, Map.of());
    }

    @Bean
    GreeterUser greeterUser(GreeterAsync greeter) {
      return new GreeterUser(greeter);
    }
  }

  /** Has a GreeterAsync injected by type. */
  record GreeterUser(GreeterAsync greeter) {}

  @Configuration(proxyBeanMethods = false)
  static class App {
    @Bean
    MutableHook hook() {
      return new MutableHook();
    }

    @Bean
    FriendlyGreeter friendlyGreeter(MutableHook hook) {
      return new FriendlyGreeter(hook);
    }
  }
}
