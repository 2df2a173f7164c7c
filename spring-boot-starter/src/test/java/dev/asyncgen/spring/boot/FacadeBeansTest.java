package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncgen.spring.boot.app.CountingSlowService;
import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.Greeting;
import dev.asyncgen.spring.boot.app.GreetingApplication;
import dev.asyncgen.spring.boot.app.MutableHook;
import dev.asyncgen.spring.boot.app.PricingAsync;
import dev.asyncgen.spring.boot.app.SlowServiceAsync;
import dev.asyncgen.spring.boot.app.StoreAsync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A real Boot application with the starter: its @Services implement @Async interfaces, and it gets
 * their facades as beans, configured by properties, timed by Micrometer, listed by Actuator.
 */
@SpringBootTest(
    classes = GreetingApplication.class,
    properties = {
      "asyncgen.timeout=400ms",
      "asyncgen.facades.slow-service.max-concurrency=2",
      "asyncgen.facades.slow-service.timeout=30s",
      "management.endpoints.web.exposure.include=asyncgen"
    })
class FacadeBeansTest {

  @Autowired ApplicationContext context;
  @Autowired GreeterAsync greeter;
  @Autowired SlowServiceAsync slow;
  @Autowired StoreAsync<Integer> numbers;
  @Autowired MutableHook hook;
  @Autowired MeterRegistry registry;
  @Autowired AsyncgenEndpoint endpoint;

  @AfterEach
  void resetHook() {
    hook.reset();
  }

  @Test
  void aServiceImplementingAnAsyncInterfaceGetsAFacadeBeanOnBootsTaskExecutor() throws Exception {
    Greeting greeting = greeter.greet("boot").get(20, TimeUnit.SECONDS);

    assertEquals("hello boot", greeting.text());
    assertThat(greeting.thread()).startsWith("task-"); // Boot's applicationTaskExecutor
    assertThat(context.getBeanNamesForType(GreeterAsync.class)).containsExactly("friendlyGreeterAsync");
  }

  @Test
  void theApplicationsOwnFacadeBeanWins() throws Exception {
    assertThat(context.getBeansOfType(PricingAsync.class)).containsOnlyKeys("ownPricingAsync");
    assertEquals(100L, context.getBean(PricingAsync.class).price("sku").get(20, TimeUnit.SECONDS));
  }

  @Test
  void aGenericInterfacesFacadeIsInjectedWithItsTypeArgument() throws Exception {
    assertEquals(3, numbers.load("abc").get(20, TimeUnit.SECONDS));
  }

  @Test
  void callsAreTimedWithTheirMethodOutcomeAndException() throws Exception {
    long successes = count("SUCCESS", "none");
    greeter.greet("metrics").get(20, TimeUnit.SECONDS);

    hook.set(name -> {
      throw new IllegalStateException("refused " + name);
    });
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> greeter.greet("failure").get(20, TimeUnit.SECONDS));
    assertEquals("refused failure", failed.getCause().getMessage());

    hook.set(name -> Thread.sleep(10_000)); // asyncgen.timeout=400ms applies to Greeter
    ExecutionException timedOut =
        assertThrows(ExecutionException.class, () -> greeter.greet("slowly").get(20, TimeUnit.SECONDS));
    assertThat(timedOut.getCause()).isInstanceOf(TimeoutException.class);

    assertEquals(successes + 1, count("SUCCESS", "none"));
    assertEquals(1, count("FAILURE", "IllegalStateException"));
    assertEquals(1, count("TIMEOUT", "TimeoutException"));
    Timer timeouts = timer("TIMEOUT", "TimeoutException");
    assertThat(timeouts.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(400);
  }

  @Test
  void perFacadePropertiesSetTheConcurrencyLimit() throws Exception {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(slow.work(150));
    }
    int mostAtOnce = 0;
    for (CompletableFuture<Integer> call : calls) {
      mostAtOnce = Math.max(mostAtOnce, call.get(20, TimeUnit.SECONDS));
    }

    assertEquals(2, mostAtOnce);
    assertEquals(2.0, registry.get("asyncgen.bulkhead.max.concurrency").tag("facade", "countingSlowServiceAsync").gauge().value());
    assertThat(context.getBean(CountingSlowService.class)).isNotNull();
  }

  @Test
  void timeoutsComeFromTheFacadesPropertyThenItsAnnotationThenTheDefault() throws Exception {
    greeter.greet("built").get(20, TimeUnit.SECONDS); // facade beans are built at start-up anyway
    AsyncgenEndpoint.Report report = endpoint.report();

    assertEquals("PT30S", report.facades().get("countingSlowServiceAsync").timeout()); // property
    assertEquals("PT5S", report.facades().get("audited.DiscardingAsync").timeout()); // @Async(timeout)
    assertEquals("PT0.4S", report.facades().get("friendlyGreeterAsync").timeout()); // asyncgen.timeout
  }

  @Test
  void theEndpointListsEveryFacadeWithItsExecutorAndBulkhead() {
    AsyncgenEndpoint.Report report = endpoint.report();

    assertThat(report.facades())
        .containsOnlyKeys(
            "friendlyGreeterAsync", "countingSlowServiceAsync", "audited.DiscardingAsync", "store.NumbersAsync");
    AsyncgenEndpoint.FacadeReport slowReport = report.facades().get("countingSlowServiceAsync");
    assertEquals("dev.asyncgen.spring.boot.app.SlowService", slowReport.syncInterface());
    assertEquals("slow-service", slowReport.propertyKey());
    assertEquals(2, slowReport.bulkhead().maxConcurrency());
    assertThat(slowReport.executor()).contains("ThreadPoolTaskExecutor");
    assertThat(report.facades().get("friendlyGreeterAsync").bulkhead()).isNull();
    assertEquals("PT30S", report.shutdown().awaitTerminationPeriod());
  }

  private long count(String outcome, String exception) {
    Timer timer = timer(outcome, exception);
    return timer == null ? 0 : timer.count();
  }

  private Timer timer(String outcome, String exception) {
    return registry
        .find("asyncgen.calls")
        .tags("method", "Greeter.greet", "outcome", outcome, "exception", exception)
        .timer();
  }
}
