package dev.asyncgen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.spring.boot.app.GreeterAsync;
import dev.asyncgen.spring.boot.app.Greeting;
import dev.asyncgen.spring.boot.app.GreetingApplication;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code spring.threads.virtual.enabled=true} (JDK 21+, where Boot honours it): the facades follow
 * Boot, and every blocking call runs on a virtual thread of Boot's task executor.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@SpringBootTest(
    classes = GreetingApplication.class,
    properties = {
      "spring.threads.virtual.enabled=true",
      "management.endpoints.web.exposure.include=asyncgen"
    })
class VirtualThreadsTest {

  @Autowired GreeterAsync greeter;
  @Autowired AsyncgenEndpoint endpoint;

  @Test
  void callsRunOnVirtualThreadsOfBootsTaskExecutor() throws Exception {
    Greeting greeting = greeter.greet("loom").get(20, TimeUnit.SECONDS);

    assertTrue(greeting.virtual(), () -> greeting.thread() + " is not virtual");
    assertThat(greeting.thread()).startsWith("task-"); // Boot's, not asyncgen's own virtual threads
    assertThat(endpoint.report().facades().get("friendlyGreeterAsync").executor())
        .contains("SimpleAsyncTaskExecutor");
  }
}
