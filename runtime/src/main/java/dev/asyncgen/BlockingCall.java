package dev.asyncgen;

/**
 * A blocking call that returns a value: the body of a facade method. Unlike {@link
 * java.util.concurrent.Callable} it may throw any {@link Throwable}, so a sync method declared
 * {@code throws Throwable}, or {@code throws X} for a type variable {@code X}, fits too.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface BlockingCall<T> {

  /** Runs the call on the current thread and returns its result. */
  T call() throws Throwable;
}
