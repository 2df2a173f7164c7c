package dev.asyncgen;

/**
 * A blocking call without a result: the body of a facade method whose sync method returns {@code
 * void}. It may throw any {@link Throwable}.
 */
@FunctionalInterface
public interface BlockingRunnable {

  /** Runs the call on the current thread. */
  void run() throws Throwable;
}
