package dev.asyncgen.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Small contexts with the starter and Boot's task executor, for tests that start many. */
final class StarterContexts {

  private StarterContexts() {}

  static ApplicationContextRunner runner(Class<?>... userConfigurations) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(AsyncgenAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
        .withUserConfiguration(userConfigurations);
  }
}
