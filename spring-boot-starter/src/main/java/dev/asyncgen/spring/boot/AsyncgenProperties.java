package dev.asyncgen.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code asyncgen.*} properties of asyncgen's Spring Boot starter. The call settings at the
 * top ({@code asyncgen.timeout}, {@code asyncgen.max-concurrency}, {@code asyncgen.max-waiting})
 * are every facade's defaults; {@code asyncgen.facades.<key>.*} overrides them for one.
 */
@ConfigurationProperties("asyncgen")
public class AsyncgenProperties extends CallProperties {

  /** Whether to register a facade bean for every bean that implements an @Async interface. */
  private boolean enabled = true;

  /**
   * Which executor the blocking calls run on: Boot's task executor ("application", the bean
   * applicationTaskExecutor: virtual threads when spring.threads.virtual.enabled=true, else a
   * pool sized by spring.task.execution.pool.*), or asyncgen's own default ("asyncgen": a virtual
   * thread per call on JDK 21+, else a pool of 256 threads).
   */
  private ExecutorChoice executor = ExecutorChoice.APPLICATION;

  /**
   * Per facade, by the @Async interface's simple name in kebab case (e.g. "downloader",
   * "file-repository") or its qualified name: timeout, max-concurrency, max-waiting and enabled,
   * e.g. asyncgen.facades.downloader.timeout=2s. They override the defaults above and
   * @Async(timeout).
   */
  private Map<String, Facade> facades = new LinkedHashMap<>();

  private final Shutdown shutdown = new Shutdown();

  private final ContextPropagation contextPropagation = new ContextPropagation();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public ExecutorChoice getExecutor() {
    return executor;
  }

  public void setExecutor(ExecutorChoice executor) {
    this.executor = executor;
  }

  public Map<String, Facade> getFacades() {
    return facades;
  }

  public void setFacades(Map<String, Facade> facades) {
    this.facades = facades;
  }

  public Shutdown getShutdown() {
    return shutdown;
  }

  public ContextPropagation getContextPropagation() {
    return contextPropagation;
  }

  /** The properties of {@code facade}, or {@code null}: its qualified name first, then its key. */
  Facade facade(AsyncFacade facade) {
    Facade byName = facades.get(facade.syncInterface().getName());
    if (byName != null) {
      return byName;
    }
    String key = normalized(facade.propertyKey());
    for (Map.Entry<String, Facade> entry : facades.entrySet()) {
      if (normalized(entry.getKey()).equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Keys compare as Boot's relaxed binding would: "file-repository", "fileRepository", "FILE_REPOSITORY". */
  private static String normalized(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** The executor facades run their calls on. */
  public enum ExecutorChoice {
    /** Boot's task executor, the bean applicationTaskExecutor; asyncgen's default without it. */
    APPLICATION,
    /** asyncgen's default executor: a virtual thread per call on JDK 21+, else a bounded pool. */
    ASYNCGEN
  }

  /** One facade's properties. */
  public static class Facade extends CallProperties {

    /** Whether to register this facade's bean. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** What happens to calls in flight when the application context closes. */
  public static class Shutdown {

    /**
     * Whether to wait for calls in flight to end before the context's beans are destroyed; the
     * calls still running after await-termination-period are cancelled (and interrupted). When
     * false they are cancelled at once.
     */
    private boolean awaitTermination = true;

    /** How long to wait for calls in flight to end. */
    private Duration awaitTerminationPeriod = Duration.ofSeconds(30);

    public boolean isAwaitTermination() {
      return awaitTermination;
    }

    public void setAwaitTermination(boolean awaitTermination) {
      this.awaitTermination = awaitTermination;
    }

    public Duration getAwaitTerminationPeriod() {
      return awaitTerminationPeriod;
    }

    public void setAwaitTerminationPeriod(Duration awaitTerminationPeriod) {
      this.awaitTerminationPeriod = awaitTerminationPeriod;
    }
  }

  /** Which context reaches the blocking calls. */
  public static class ContextPropagation {

    /**
     * Whether the starter carries the caller's context to the blocking call: what Micrometer's
     * context-propagation knows (the current Observation and trace, the SLF4J MDC), and
     * OpenTelemetry's Context, each when its library is present. The application's own
     * ContextPropagator beans apply either way.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
