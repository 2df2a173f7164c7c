package dev.asyncgen.cmp.spring;

import dev.asyncgen.cmp.Probe;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A minimal Spring application: {@code @EnableAsync}, the default executor ({@code
 * taskExecutor}), two named executors, and an {@link AsyncUncaughtExceptionHandler} that records
 * what {@code void} methods throw.
 */
@Configuration
@EnableAsync
@EnableResilientMethods
public class SpringConfig implements AsyncConfigurer {

  static final String BULKHEAD = "bulkhead";
  static final String WITH_CONTEXT = "withContext";

  /** What {@code @Async void} methods threw: Spring hands it here, not to the caller. */
  final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

  @Override
  public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
    return (Throwable failure, Method method, Object... params) -> uncaught.add(failure);
  }

  @Bean
  public SpringWork work() {
    return new SpringWork();
  }

  @Bean
  public SpringRetrying retrying() {
    return new SpringRetrying();
  }

  @Bean
  public SpringLimited limited() {
    return new SpringLimited();
  }

  /** The default executor for {@code @Async}: found by this name. */
  @Bean
  public ThreadPoolTaskExecutor taskExecutor() {
    return pool("spring-async-", 8, Integer.MAX_VALUE);
  }

  /** A bounded pool as a bulkhead: two threads, a queue of a hundred. */
  @Bean(BULKHEAD)
  public ThreadPoolTaskExecutor bulkhead() {
    return pool("spring-bulkhead-", 2, 100);
  }

  /** One thread, with a {@link TaskDecorator} that carries {@link Probe#USER} and clears it. */
  @Bean(WITH_CONTEXT)
  public ThreadPoolTaskExecutor withContext() {
    ThreadPoolTaskExecutor pool = pool("spring-context-", 1, Integer.MAX_VALUE);
    pool.setTaskDecorator(carryUser());
    return pool;
  }

  /**
   * Captures the caller's {@link Probe#USER} when the task is submitted and sets it around the
   * task; a caller without one gets the task as it is.
   */
  static TaskDecorator carryUser() {
    return task -> {
      String user = Probe.USER.get();
      if (user == null) {
        return task;
      }
      return () -> {
        Probe.USER.set(user);
        try {
          task.run();
        } finally {
          Probe.USER.remove();
        }
      };
    };
  }

  private static ThreadPoolTaskExecutor pool(String prefix, int threads, int queue) {
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    pool.setThreadNamePrefix(prefix);
    pool.setCorePoolSize(threads);
    pool.setMaxPoolSize(threads);
    pool.setQueueCapacity(queue);
    return pool;
  }
}
