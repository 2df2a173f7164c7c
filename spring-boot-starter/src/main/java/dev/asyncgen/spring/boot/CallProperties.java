package dev.asyncgen.spring.boot;

import java.time.Duration;

/**
 * How a facade's calls run: the defaults at the top level, one facade's own under {@code
 * asyncgen.facades.<key>}.
 */
public class CallProperties {

  /**
   * Timeout of each call. At the top level, for facades whose @Async names none; per facade,
   * it overrides that and @Async(timeout). No timeout when unset.
   */
  private Duration timeout;

  /** The most calls of a facade that run at once; each facade has a limit of its own. */
  private Integer maxConcurrency;

  /**
   * With max-concurrency, the most calls of a facade that wait for a slot; a call beyond that
   * fails at once with a RejectedExecutionException. No bound when unset. At the top level, for
   * the facades that have a max-concurrency; per facade, only together with one.
   */
  private Integer maxWaiting;

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public Integer getMaxConcurrency() {
    return maxConcurrency;
  }

  public void setMaxConcurrency(Integer maxConcurrency) {
    this.maxConcurrency = maxConcurrency;
  }

  public Integer getMaxWaiting() {
    return maxWaiting;
  }

  public void setMaxWaiting(Integer maxWaiting) {
    this.maxWaiting = maxWaiting;
  }
}
