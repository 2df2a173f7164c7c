package dev.asyncgen;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Derives stages from stages without losing the way back to the work, and timers that hold no
 * thread.
 *
 * <p>{@code facadeCall.thenApply(f).cancel(true)} cancels only the {@code thenApply} stage: the
 * blocking call behind {@code facadeCall} runs on. The stages {@link #map}, {@link #compose} and
 * {@link #recover} return carry cancellation back, as Guava's {@code Futures.transform} and a child
 * job in Kotlin do: settling one from outside, in any way a {@code CompletableFuture} allows
 * ({@code cancel}, {@code complete}, {@code completeAsync}, {@code obtrude…}, {@code orTimeout}…),
 * cancels its source with {@code cancel(true)}, which
 * interrupts a facade's blocking call; a chain of them carries the cancel all the way back. {@link
 * #shield} does the opposite, as asyncio's {@code shield}: a stage whose cancel never reaches the
 * work.
 *
 * <pre>{@code
 * CompletableFuture<Integer> size = Stages.map(downloads.download(url), page -> page.length);
 * size.cancel(true);            // interrupts the download
 *
 * CompletableFuture<Page> page =
 *     Stages.withTimeoutOrElse(downloads.download(url), Duration.ofSeconds(2), Page.EMPTY);
 * }</pre>
 *
 * <p>Rules shared with {@link Gather}: failures are the original exceptions, never a {@link
 * java.util.concurrent.CompletionException} around them; functions run on the thread that settled
 * the stage they depend on (the calling thread if it was settled already), or on the runtime's one
 * timer thread for a delay or a timeout, so keep them short, or continue with the {@code ...Async}
 * methods and an executor; {@code null} arguments are refused at call time with a {@link
 * NullPointerException} that names them. Only stages that are {@link java.util.concurrent.Future}s
 * can be cancelled.
 */
public final class Stages {

  private Stages() {}

  /**
   * The value of {@code stage} passed through {@code mapper} ({@code thenApply}), or its failure;
   * if {@code mapper} throws, the returned future fails with that exception. Settling the returned
   * future from outside cancels {@code stage}.
   */
  public static <S, T> CompletableFuture<T> map(
      CompletionStage<? extends S> stage, Function<? super S, ? extends T> mapper) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(mapper, "mapper");
    return DerivedFuture.applying(
        stage,
        (S value, Throwable cause) -> {
          if (cause != null) {
            throw cause;
          }
          return mapper.apply(value);
        });
  }

  /**
   * Follows the stage {@code next} returns for the value of {@code stage} ({@code thenCompose}),
   * or fails as {@code stage} did. Settling the returned future from outside cancels {@code stage}
   * while it runs, and the stage {@code next} returned once there is one: a chain of calls is
   * stopped wherever it is.
   */
  public static <S, T> CompletableFuture<T> compose(
      CompletionStage<? extends S> stage,
      Function<? super S, ? extends CompletionStage<? extends T>> next) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(next, "next");
    return DerivedFuture.composing(
        stage,
        (S value, Throwable cause) -> {
          if (cause != null) {
            throw cause;
          }
          return next.apply(value);
        });
  }

  /**
   * The value of {@code stage}, or, if it fails with an {@code X}, the value {@code handler} makes
   * of that exception (Guava's {@code Futures.catching}); other failures pass unchanged. If {@code
   * handler} throws, the returned future fails with that exception. Settling the returned future
   * from outside cancels {@code stage}. A {@code stage} cancelled by someone else fails with a
   * {@link java.util.concurrent.CancellationException}, which an {@code X} of that type recovers.
   */
  public static <T, X extends Throwable> CompletableFuture<T> recover(
      CompletionStage<? extends T> stage, Class<X> type, Function<? super X, ? extends T> handler) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handler, "handler");
    return DerivedFuture.applying(
        stage,
        (T value, Throwable cause) -> {
          if (cause == null) {
            return value;
          }
          if (type.isInstance(cause)) {
            return handler.apply(type.cast(cause));
          }
          throw cause;
        });
  }

  /**
   * A new future that settles as {@code stage} does, but whose {@code cancel} (or any other way of
   * settling it) never reaches {@code stage} (asyncio's {@code shield}, Guava's {@code
   * nonCancellationPropagating}). Give it to {@link Gather}, a {@link Scope} or a timeout to let
   * work finish that must not be cut off, such as a write whose outcome is awaited elsewhere.
   */
  public static <T> CompletableFuture<T> shield(CompletionStage<? extends T> stage) {
    Objects.requireNonNull(stage, "stage");
    return DerivedFuture.shielding(stage);
  }

  /**
   * A future that completes with {@code null} once {@code delay} has passed (Kotlin's {@code
   * delay}, asyncio's {@code sleep}), on the runtime's timer thread. No thread waits for it;
   * cancelling it takes it off the timer at once. A zero or negative delay completes at once, on the
   * timer thread.
   */
  public static CompletableFuture<Void> delay(Duration delay) {
    return delay(delay, null);
  }

  /** Like {@link #delay(Duration)}, completing with {@code value} (asyncio's {@code sleep(d, result)}). */
  public static <T> CompletableFuture<T> delay(Duration delay, T value) {
    Objects.requireNonNull(delay, "delay");
    return DelayFuture.start(delay, value);
  }

  /**
   * A new future that settles as {@code stage} does, unless {@code timeout} passes first: then it
   * completes with {@code fallback} and {@code stage} is cancelled (Kotlin's {@code
   * withTimeoutOrNull}, with a value of your choosing). A failure of {@code stage} before the
   * timeout, a {@code TimeoutException} of its own included, is passed on as it is. Settling the
   * returned future from outside cancels {@code stage} and takes the timer down.
   */
  public static <T> CompletableFuture<T> withTimeoutOrElse(
      CompletionStage<? extends T> stage, Duration timeout, T fallback) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeout, "timeout");
    // A race of the work against a timer is exactly the rule: whichever settles first decides,
    // the other is cancelled, and cancelling the result cancels both.
    return Gather.race(List.of(stage, DelayFuture.start(timeout, fallback)));
  }
}
