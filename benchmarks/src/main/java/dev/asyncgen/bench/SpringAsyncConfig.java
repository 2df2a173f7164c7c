package dev.asyncgen.bench;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Spring's {@code @EnableAsync} with the benchmark's executor as the named executor bean. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
public class SpringAsyncConfig {

  /** A started context holding a proxied {@link SpringPricing} that runs on {@code executor}. */
  public static AnnotationConfigApplicationContext start(Executor executor, Pricing delegate) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(SpringPricing.EXECUTOR, Executor.class, () -> executor);
    context.registerBean(SpringPricing.class, () -> new SpringPricing(delegate));
    context.register(SpringAsyncConfig.class);
    context.refresh();
    return context;
  }
}
