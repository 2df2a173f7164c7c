package dev.asyncgen;

import java.util.Objects;
import java.util.function.Function;

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
 * <p>It is also a small result type, like Kotlin's {@code Result} or Vavr's {@code Try}: {@link
 * #of} captures a call, {@link #map}, {@link #flatMap} and {@link #recover} derive outcomes
 * (a function that throws gives a failure, as {@code thenApply} does for a stage), and {@link
 * #fold}, {@link #orElse} and {@link #valueOrThrow} leave the type:
 *
 * <pre>{@code
 * int size = Outcome.of(() -> Files.size(path))
 *     .recover(NoSuchFileException.class, missing -> 0L)
 *     .fold(Math::toIntExact, failure -> -1);
 * }</pre>
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

  /**
   * Runs {@code call} on this thread and captures how it ended: its value, or whatever it threw.
   * An {@link InterruptedException} is captured too, and the thread's interrupt flag set again, so
   * that the interrupt is not lost.
   */
  static <T> Outcome<T> of(BlockingCall<? extends T> call) {
    Objects.requireNonNull(call, "call");
    try {
      return new Success<>(call.call());
    } catch (Throwable failure) {
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new Failure<>(failure);
    }
  }

  /** Whether the stage completed normally. */
  boolean isSuccess();

  /**
   * The value of a {@link Success}; for a {@link Failure}, throws its cause as {@link Await#await}
   * does: unchecked exceptions as they are, a checked one wrapped in an {@link AsyncException}.
   */
  T valueOrThrow();

  /**
   * A success's value passed through {@code mapper}; a failure as it is. If {@code mapper} throws,
   * the result is a failure with its exception.
   */
  @SuppressWarnings("unchecked") // a Failure holds no value, so it is a Failure of any type
  default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (this instanceof Success<T> success) {
      return Outcome.of(() -> mapper.apply(success.value()));
    }
    return (Outcome<R>) this;
  }

  /**
   * The outcome {@code mapper} gives for a success's value; a failure as it is. If {@code mapper}
   * throws, or returns {@code null}, the result is a failure with that exception.
   */
  @SuppressWarnings("unchecked") // a Failure holds no value, so it is a Failure of any type
  default <R> Outcome<R> flatMap(Function<? super T, ? extends Outcome<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (this instanceof Success<T> success) {
      Outcome<Outcome<? extends R>> next =
          Outcome.of(() -> Objects.requireNonNull(mapper.apply(success.value()), "mapper returned null"));
      return next instanceof Success<Outcome<? extends R>> produced
          ? (Outcome<R>) produced.value()
          : (Outcome<R>) next;
    }
    return (Outcome<R>) this;
  }

  /**
   * A failure whose cause is an {@code X} turned into a success by {@code handler}, as Guava's
   * {@code Futures.catching} does for a future; a success, or a failure of another type, as it is.
   * If {@code handler} throws, the result is a failure with its exception.
   */
  default <X extends Throwable> Outcome<T> recover(
      Class<X> type, Function<? super X, ? extends T> handler) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handler, "handler");
    if (this instanceof Failure<T> failure && type.isInstance(failure.cause())) {
      return Outcome.of(() -> handler.apply(type.cast(failure.cause())));
    }
    return this;
  }

  /**
   * Leaves the outcome: {@code onSuccess} of a success's value, or {@code onFailure} of a failure's
   * cause. What either function throws propagates.
   */
  default <R> R fold(
      Function<? super T, ? extends R> onSuccess, Function<? super Throwable, ? extends R> onFailure) {
    Objects.requireNonNull(onSuccess, "onSuccess");
    Objects.requireNonNull(onFailure, "onFailure");
    if (this instanceof Success<T> success) {
      return onSuccess.apply(success.value());
    }
    return onFailure.apply(((Failure<T>) this).cause());
  }

  /** A success's value, or {@code other} for a failure. */
  default T orElse(T other) {
    return this instanceof Success<T> success ? success.value() : other;
  }
}
