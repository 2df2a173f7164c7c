package dev.asyncgen.cmp.asyncgen;

import dev.asyncgen.cmp.Flaky;
import dev.asyncgen.cmp.Probe;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** The plain implementation of {@link Work}: it knows nothing of asyncgen but its own facade. */
final class ProbeWork implements Work {

  @Override
  public int hold(Probe probe, int value) throws InterruptedException {
    return probe.hold(value);
  }

  @Override
  public String threadName(Probe probe) {
    return probe.threadName();
  }

  @Override
  public String user(Probe probe) {
    return probe.user();
  }

  @Override
  public String fail(Probe probe, String message) throws IOException {
    return probe.fail(message);
  }

  @Override
  public void failVoid(Probe probe, String message) throws IOException {
    probe.fail(message);
  }

  /**
   * Calls this very object's {@link #threadName} asynchronously, from inside it: the facade is a
   * plain object wrapping {@code this}, so there is no proxy to bypass.
   */
  CompletableFuture<String> threadNameFromInside(Probe probe) {
    return WorkAsync.of(this).threadName(probe);
  }

  @Override
  public int attempt(Flaky flaky, int value) throws Exception {
    return flaky.attempt(value);
  }
}
