package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.spring.boot.app.Greeter;
import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.Greeting;
import dev.asyncgen.spring.boot.app.GreetingHook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closing the context with calls in flight: they are awaited, then cancelled, as {@code
 * asyncgen.shutdown.*} says, before the beans they use are destroyed; later calls are rejected.
 */
class ShutdownTest {

  private final ApplicationContextRunner runner = StarterContexts.runner(App.class);

  @Test
  void callsInFlightAreAwaitedBeforeTheirBeansAreDestroyed() {
    runner.run(
        context -> {
          ClosingGreeter greeter = context.getBean(ClosingGreeter.class);
          CompletableFuture<Greeting> call = startCallBlockingFor(context, 500);

          context.close();

          assertEquals("hello late", call.getNow(null).text()); // completed before close returned
          assertEquals(List.of("call ended", "destroyed"), greeter.events);
        });
  }

  /**
   * Boot's ThreadPoolTaskExecutor keeps taking tasks while the context closes (Spring 6.1.4+:
   * a coordinated lifecycle stop, no early shutdown), so calls handed over during the wait run.
   */
  @Test
  void callsQueuedAtAConcurrencyLimitAreAwaitedOnBootsExecutorToo() {
    assertQueuedCallsAwaited(runner);
  }

  /** Boot's virtual-thread executor, a SimpleAsyncTaskExecutor, is closed only as it is destroyed. */
  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void callsQueuedAtAConcurrencyLimitAreAwaitedOnBootsVirtualThreadsToo() {
    assertQueuedCallsAwaited(runner.withPropertyValues("spring.threads.virtual.enabled=true"));
  }

  private static void assertQueuedCallsAwaited(ApplicationContextRunner runner) {
    runner
        .withPropertyValues("asyncgen.facades.greeter.max-concurrency=1")
        .run(
            context -> {
              ClosingGreeter greeter = context.getBean(ClosingGreeter.class);
              CountDownLatch firstStarted = new CountDownLatch(1);
              greeter.hook =
                  name -> {
                    firstStarted.countDown();
                    Thread.sleep(100);
                  };
              GreeterAsync facade = context.getBean(GreeterAsync.class);
              List<CompletableFuture<Greeting>> calls = new ArrayList<>();
              for (int i = 0; i < 4; i++) {
                calls.add(facade.greet("queued " + i)); // one runs, three wait for its slot
              }
              assertTrue(firstStarted.await(20, TimeUnit.SECONDS));

              context.close();

              for (int i = 0; i < calls.size(); i++) {
                CompletableFuture<Greeting> call = calls.get(i);
                assertTrue(call.isDone(), "call " + i + " still pending after close");
                assertEquals("hello queued " + i, call.join().text()); // join: a refusal shows its cause
              }
              assertThat(greeter.events).endsWith("destroyed");
            });
  }

  @Test
  void withoutAwaitingCallsInFlightAreCancelledAndInterruptedAtOnce() {
    runner
        .withPropertyValues("asyncgen.shutdown.await-termination=false")
        .run(context -> assertCancelledOnClose(context.getBean(ClosingGreeter.class), context, Duration.ZERO));
  }

  @Test
  void callsStillRunningAfterTheAwaitPeriodAreCancelled() {
    runner
        .withPropertyValues("asyncgen.shutdown.await-termination-period=300ms")
        .run(context -> assertCancelledOnClose(context.getBean(ClosingGreeter.class), context, Duration.ofMillis(300)));
  }

  @Test
  void callsAfterCloseFailWithoutThrowing() {
    runner.run(
        context -> {
          GreeterAsync greeter = context.getBean(GreeterAsync.class);
          context.close();

          CompletableFuture<Greeting> late = greeter.greet("too late");
          ExecutionException failed = assertThrows(ExecutionException.class, () -> late.get(20, TimeUnit.SECONDS));
          assertThat(failed.getCause())
              .isInstanceOf(RejectedExecutionException.class)
              .hasMessageContaining("shut down");
        });
  }

  @Test
  void aContextStoppedAndStartedAgainTakesCallsAgain() {
    runner.run(
        context -> {
          GreeterAsync greeter = context.getBean(GreeterAsync.class);
          context.stop();
          context.start();

          assertEquals("hello again", greeter.greet("again").get(20, TimeUnit.SECONDS).text());
        });
  }

  @Test
  void anExecutorThatShutsDownAsTheContextClosesRefusesTheQueuedCalls() {
    runner
        .withPropertyValues("asyncgen.facades.greeter.max-concurrency=1")
        .withBean(ThreadPoolTaskExecutorCustomizer.class, () -> executor -> executor.setStrictEarlyShutdown(true))
        .run(
            context -> {
              context.getBean(ClosingGreeter.class).hook = name -> Thread.sleep(300);
              GreeterAsync facade = context.getBean(GreeterAsync.class);
              CompletableFuture<Greeting> running = facade.greet("running");
              CompletableFuture<Greeting> queued = facade.greet("queued");

              context.close();

              assertEquals("hello running", running.getNow(null).text());
              ExecutionException refused = assertThrows(ExecutionException.class, () -> queued.get(20, TimeUnit.SECONDS));
              assertThat(refused.getCause()).isInstanceOf(RejectedExecutionException.class);
            });
  }

  private static void assertCancelledOnClose(
      ClosingGreeter greeter, org.springframework.context.ConfigurableApplicationContext context, Duration awaited)
      throws Exception {
    CompletableFuture<Greeting> call = startCallBlockingFor(context, 60_000);

    long start = System.nanoTime();
    context.close();
    long closedIn = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(call.isCancelled());
    assertThat(closedIn).isGreaterThanOrEqualTo(awaited.toMillis()).isLessThan(20_000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!greeter.events.contains("interrupted") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(greeter.events).contains("interrupted", "destroyed");
  }

  /** A call whose blocking part has started and takes {@code millis}, unless interrupted. */
  private static CompletableFuture<Greeting> startCallBlockingFor(
      org.springframework.context.ApplicationContext context, long millis) throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    context.getBean(ClosingGreeter.class).hook =
        name -> {
          started.countDown();
          Thread.sleep(millis);
        };
    CompletableFuture<Greeting> call = context.getBean(GreeterAsync.class).greet("late");
    assertTrue(started.await(20, TimeUnit.SECONDS));
    return call;
  }

  /** A greeter that notes when its calls end and when it is destroyed, like a data source would. */
  static class ClosingGreeter implements Greeter, DisposableBean {
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile GreetingHook hook = name -> {};

    @Override
    public Greeting greet(String name) throws InterruptedException {
      try {
        hook.during(name);
      } catch (InterruptedException e) {
        events.add("interrupted");
        throw e;
      }
      events.add("call ended");
      return new Greeting("hello " + name, Thread.currentThread().getName(), false, Map.of());
    }

    @Override
    public void destroy() {
      events.add("destroyed");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class App {
    @Bean
    ClosingGreeter closingGreeter() {
      return new ClosingGreeter();
    }
  }
}
