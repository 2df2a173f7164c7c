package dev.asyncgen;

/**
 * An unchecked carrier for a checked exception that asynchronous work failed with, so that code
 * which {@linkplain Await#await(java.util.concurrent.CompletionStage) awaits} the work need not
 * declare it. {@link #getCause()} is the original exception, never {@code null}.
 *
 * <p>{@link Await} throws it in exactly these cases:
 *
 * <ul>
 *   <li>the work failed with a checked exception (one that is neither a {@link RuntimeException}
 *       nor an {@link Error}) that the caller did not ask to receive as itself;
 *   <li>the waiting thread was interrupted: the cause is the {@link InterruptedException}, the
 *       thread's interrupt flag is set again and the work has been cancelled;
 *   <li>the wait timed out and the caller did not ask for a {@link
 *       java.util.concurrent.TimeoutException}: the cause is the {@code TimeoutException}.
 * </ul>
 *
 * <p>Unchecked exceptions are never wrapped in it.
 */
public class AsyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps {@code cause}; the message is the cause's {@code toString()}. */
  public AsyncException(Throwable cause) {
    super(java.util.Objects.requireNonNull(cause, "cause"));
  }

  /** Wraps {@code cause} with a message of its own. */
  public AsyncException(String message, Throwable cause) {
    super(message, java.util.Objects.requireNonNull(cause, "cause"));
  }

  /**
   * What to throw for {@code cause}, the original failure of some work: unchecked exceptions as
   * they are ({@link Error}s are thrown from here), anything else wrapped in an {@code
   * AsyncException}. Within the runtime, callers write {@code throw
   * AsyncException.propagate(cause)}.
   */
  static RuntimeException propagate(Throwable cause) {
    if (cause instanceof RuntimeException unchecked) {
      return unchecked;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new AsyncException(cause);
  }
}
