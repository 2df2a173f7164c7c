package dev.asyncgen;

import java.util.Objects;

/**
 * How one stage settled: a {@link Success} with its value or a {@link Failure} with its exception.
 * {@link Gather#settled} gives one per input, so a batch can be inspected without any exception
 * escaping:
 *
 * <pre>{@code
 * for (Outcome<Page> outcome : Gather.settled(downloads).join()) {
 *   switch (outcome) {
 *     case Outcome.Success<Page> s -> save(s.value());
 *     case Outcome.Failure<Page> f -> log.warn("download failed", f.cause());
 *   }
 * }
 * }</pre>
 *
 * (Pattern matching in {@code switch} needs Java 21; on Java 17 use {@code instanceof} patterns.)
 *
 * @param <T> the type of the value
 */
public sealed interface Outcome<T> {

  /** A stage that completed normally, with {@code value} (which may be {@code null}). */
  record Success<T>(T value) implements Outcome<T> {
    @Override
    public boolean isSuccess() {
      return true;
    }

    @Override
    public T valueOrThrow() {
      return value;
    }
  }

  /**
   * A stage that failed with {@code cause}: its original exception, never a {@link
   * java.util.concurrent.CompletionException} around it. A cancelled stage fails with a {@link
   * java.util.concurrent.CancellationException}.
   */
  record Failure<T>(Throwable cause) implements Outcome<T> {
    public Failure {
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    /** Throws the cause as {@link Await#await} would. */
    @Override
    public T valueOrThrow() {
      throw AsyncException.propagate(cause);
    }
  }

  /** Whether the stage completed normally. */
  boolean isSuccess();

  /**
   * The value of a {@link Success}; for a {@link Failure}, throws its cause as {@link Await#await}
   * does: unchecked exceptions as they are, a checked one wrapped in an {@link AsyncException}.
   */
  T valueOrThrow();
}
