package dev.asyncgen.cmp.spring;

import dev.asyncgen.cmp.Probe;
import org.springframework.resilience.annotation.ConcurrencyLimit;

/** Spring 7's own bulkhead annotation, on a plain (not {@code @Async}) method. */
public class SpringLimited {

  @ConcurrencyLimit(1)
  public int hold(Probe probe, int value) throws InterruptedException {
    return probe.hold(value);
  }
}
