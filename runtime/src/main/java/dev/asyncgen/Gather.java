package dev.asyncgen;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Combines stages the way Python's asyncio does: {@code gather}, {@code TaskGroup}, {@code
 * wait_for}, {@code as_completed} and {@code Semaphore}, without the traps of {@link
 * CompletableFuture#allOf allOf} (a {@code Void} that waits for everything after a failure), {@link
 * CompletableFuture#anyOf anyOf} (an {@code Object}, and no end for no input), {@link
 * CompletableFuture#orTimeout orTimeout} (mutates its input, never stops the work) and {@link
 * CompletableFuture#join join} (wraps the real exception).
 *
 * <pre>{@code
 * CompletableFuture<List<Page>> pages = Gather.map(urls, 8, downloads::download);
 * CompletableFuture<Report> report =
 *     Gather.all(users.find(id), orders.recent(id), (user, recent) -> new Report(user, recent));
 * Report r = Await.await(Gather.withTimeout(report, Duration.ofSeconds(5)));
 * }</pre>
 *
 * <p>Rules shared by every method:
 *
 * <ul>
 *   <li>Failures are the original exceptions: never a {@link CompletionException} around them.
 *   <li>Work that is no longer wanted is cancelled with {@code cancel(true)}, which interrupts a
 *       blocking call started by a facade or a {@link Dispatcher}. Only inputs that are {@link
 *       java.util.concurrent.Future}s can be cancelled; cancelling a stage derived from another
 *       (e.g. by {@code thenApply}) does not reach the work behind the original one.
 *   <li>Settling a returned future from outside, in any of the ways a {@code CompletableFuture}
 *       allows ({@code cancel}, {@code complete}, {@code completeExceptionally}, {@code
 *       completeAsync}, {@code obtrudeValue}, {@code obtrudeException}, {@code orTimeout}, {@code
 *       completeOnTimeout}), cancels the inputs still running, before the returned future's own
 *       dependents run. ({@code obtrude…} on a future already settled only replaces its result.)
 *   <li>The returned futures complete on the thread that completed the input which decided the
 *       outcome (or on the calling thread, if the inputs were already complete), or on the
 *       runtime's one timer thread for a timeout. Dependent stages without an executor run there
 *       too: keep them short, or use the {@code ...Async} variants with an executor.
 *   <li>{@code null} collections, elements, functions or durations are refused at call time with a
 *       {@link NullPointerException} that names the argument, e.g. {@code stages[3]}.
 * </ul>
 */
// Over 300 lines for its Javadoc, the reference of every combinator; their logic is in one class
// each (AllFuture, MapFuture, SettledFuture, FirstFuture, TimeoutFuture, CompletionOrder).
public final class Gather {

  private Gather() {}

  /** A function of three arguments: the combiner of {@code all} for three stages. */
  @FunctionalInterface
  public interface Fn3<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  /** A function of four arguments: the combiner of {@code all} for four stages. */
  @FunctionalInterface
  public interface Fn4<A, B, C, D, R> {
    R apply(A a, B b, C c, D d);
  }

  /** A function of five arguments: the combiner of {@code all} for five stages. */
  @FunctionalInterface
  public interface Fn5<A, B, C, D, E, R> {
    R apply(A a, B b, C c, D d, E e);
  }

  /**
   * The values of all {@code stages}, in input order ({@code asyncio.gather}, run as a {@code
   * TaskGroup}). On the first failure (a cancelled stage fails with its {@link
   * CancellationException}) it fails at once with that failure's original exception and cancels the
   * stages still running; failures that arrive later, even after that, are added to the first as
   * {@linkplain Throwable#getSuppressed() suppressed} exceptions, each instance once. The
   * cancellations it caused itself are left out (also where they reach it through a stage derived
   * from one it cancelled); a cancellation someone else caused is a failure like any other, and is
   * added. Cancelling the returned future cancels the stages.
   *
   * <p>Completes on the thread that completed the last stage, or the first failing one; at once for
   * no stages. The list is unmodifiable and may contain {@code null}s.
   */
  public static <T> CompletableFuture<List<T>> all(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return AllFuture.start(snapshot(stages), GatherFuture::asList);
  }

  /**
   * Combines the values of two stages with {@code combiner}, with the failure and cancellation
   * semantics of {@link #all(Collection)}. A combiner that throws fails the returned future with
   * its exception. The combiner runs on the thread that completed the last stage.
   */
  @SuppressWarnings("unchecked") // results[i] is the value of stage i
  public static <A, B, R> CompletableFuture<R> all(
      CompletionStage<? extends A> a,
      CompletionStage<? extends B> b,
      BiFunction<? super A, ? super B, ? extends R> combiner) {
    CompletionStage<?>[] stages = {checked(a, "a"), checked(b, "b")};
    Objects.requireNonNull(combiner, "combiner");
    return AllFuture.start(
        stages, results -> combiner.apply((A) results[0], (B) results[1]));
  }

  /** Like {@link #all(CompletionStage, CompletionStage, BiFunction)}, for three stages. */
  @SuppressWarnings("unchecked") // results[i] is the value of stage i
  public static <A, B, C, R> CompletableFuture<R> all(
      CompletionStage<? extends A> a,
      CompletionStage<? extends B> b,
      CompletionStage<? extends C> c,
      Fn3<? super A, ? super B, ? super C, ? extends R> combiner) {
    CompletionStage<?>[] stages = {checked(a, "a"), checked(b, "b"), checked(c, "c")};
    Objects.requireNonNull(combiner, "combiner");
    return AllFuture.start(
        stages, results -> combiner.apply((A) results[0], (B) results[1], (C) results[2]));
  }

  /** Like {@link #all(CompletionStage, CompletionStage, BiFunction)}, for four stages. */
  @SuppressWarnings("unchecked") // results[i] is the value of stage i
  public static <A, B, C, D, R> CompletableFuture<R> all(
      CompletionStage<? extends A> a,
      CompletionStage<? extends B> b,
      CompletionStage<? extends C> c,
      CompletionStage<? extends D> d,
      Fn4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    CompletionStage<?>[] stages = {
      checked(a, "a"), checked(b, "b"), checked(c, "c"), checked(d, "d")
    };
    Objects.requireNonNull(combiner, "combiner");
    return AllFuture.start(
        stages,
        results -> combiner.apply((A) results[0], (B) results[1], (C) results[2], (D) results[3]));
  }

  /** Like {@link #all(CompletionStage, CompletionStage, BiFunction)}, for five stages. */
  @SuppressWarnings("unchecked") // results[i] is the value of stage i
  public static <A, B, C, D, E, R> CompletableFuture<R> all(
      CompletionStage<? extends A> a,
      CompletionStage<? extends B> b,
      CompletionStage<? extends C> c,
      CompletionStage<? extends D> d,
      CompletionStage<? extends E> e,
      Fn5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combiner) {
    CompletionStage<?>[] stages = {
      checked(a, "a"), checked(b, "b"), checked(c, "c"), checked(d, "d"), checked(e, "e")
    };
    Objects.requireNonNull(combiner, "combiner");
    return AllFuture.start(
        stages,
        results ->
            combiner.apply(
                (A) results[0], (B) results[1], (C) results[2], (D) results[3], (E) results[4]));
  }

  /**
   * How every stage settled, in input order ({@code asyncio.gather(return_exceptions=True)},
   * JavaScript's {@code Promise.allSettled}). The returned future never fails; each failure is an
   * {@link Outcome.Failure} with the original exception, a cancelled stage one with a {@link
   * CancellationException}. Cancelling the returned future cancels the stages.
   *
   * <p>Completes on the thread that completed the last stage; at once for no stages.
   */
  public static <T> CompletableFuture<List<Outcome<T>>> settled(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return SettledFuture.start(snapshot(stages));
  }

  /**
   * The value of the first stage to succeed (JavaScript's {@code Promise.any}); the others are then
   * cancelled. If every stage fails, it fails with one {@link AllFailedException} whose {@link
   * AllFailedException#causes() causes()} are their failures in input order; with no stages it
   * fails so at once. Cancelling the returned future cancels the stages.
   *
   * <p>Completes on the thread that completed the winning stage, or the last failing one.
   */
  public static <T> CompletableFuture<T> any(
      Collection<? extends CompletionStage<? extends T>> stages) {
    return FirstFuture.start(snapshot(stages), false);
  }

  /**
   * The outcome of the first stage to settle, value or failure ({@code asyncio.wait} with {@code
   * FIRST_COMPLETED}, JavaScript's {@code Promise.race}); the others are then cancelled. Cancelling
   * the returned future cancels the stages.
   *
   * <p>Completes on the thread that completed the first stage.
   *
   * @throws IllegalArgumentException if {@code stages} is empty: such a race would never end
   */
  public static <T> CompletableFuture<T> race(
      Collection<? extends CompletionStage<? extends T>> stages) {
    CompletionStage<?>[] inputs = snapshot(stages);
    if (inputs.length == 0) {
      throw new IllegalArgumentException("stages is empty: a race needs at least one stage");
    }
    return FirstFuture.start(inputs, true);
  }

  /**
   * One new future per stage, completing in the order the stages do ({@code asyncio.as_completed},
   * Guava's {@code Futures.inCompletionOrder}): the i-th returned future settles like the i-th
   * stage to settle. Iterate the list and join each in turn to handle results as they come.
   *
   * <p>The returned futures are plain ones: completing or cancelling one does not touch the stages,
   * and the stage that would have gone to it goes to the next returned future instead. Each
   * completes on the thread that completed its stage.
   */
  @SuppressWarnings("unchecked") // every output carries the value of some stage of T
  public static <T> List<CompletableFuture<T>> inCompletionOrder(
      Collection<? extends CompletionStage<? extends T>> stages) {
    CompletionStage<?>[] inputs = snapshot(stages);
    CompletableFuture<Object>[] outputs =
        (CompletableFuture<Object>[]) new CompletableFuture<?>[inputs.length];
    for (int i = 0; i < outputs.length; i++) {
      outputs[i] = new CompletableFuture<>();
    }
    CompletionOrder delivery = new CompletionOrder(outputs);
    for (CompletionStage<?> input : inputs) {
      input.whenComplete(delivery);
    }
    return (List<CompletableFuture<T>>) (List<?>) List.of(outputs);
  }

  /**
   * A new future that settles like {@code stage}, unless {@code timeout} passes first ({@code
   * asyncio.wait_for}): then it fails with a {@link TimeoutException} whose message names the
   * duration, and {@code stage} is cancelled. An outcome arriving later never replaces the timeout.
   * Unlike {@code orTimeout}, {@code stage} itself is never completed by this method, only
   * cancelled on timeout or when the returned future is cancelled. The timer is taken down as soon
   * as the returned future settles.
   *
   * <p>Completes on the thread that completed {@code stage}, or on the timer thread when the
   * timeout expires. A zero or negative timeout means the time is up already, as for {@link
   * java.util.concurrent.Future#get(long, java.util.concurrent.TimeUnit) Future.get} and {@code
   * asyncio.wait_for}: the returned future fails at once unless {@code stage} is done. (Unlike a
   * facade's timeout, {@link AsyncOptions#withTimeout}, which applies to every call and must be
   * positive.) A timeout longer than the timer can count, about 292 years, waits that long.
   */
  public static <T> CompletableFuture<T> withTimeout(CompletionStage<T> stage, Duration timeout) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeout, "timeout");
    return TimeoutFuture.start(stage, timeout);
  }

  /**
   * Applies {@code call} to each input, in order, and gathers the stages it returns as {@link
   * #all(Collection)} does: values in input order, fail fast, cancel the rest. If {@code call}
   * throws (or returns {@code null}) for an input, the returned future fails with that exception,
   * the stages already started are cancelled and no further input is called.
   *
   * <p>The inputs may contain {@code null}s; they are passed to {@code call} as they are. All calls
   * are made on the calling thread, in order, before this method returns. The returned future
   * completes on the thread that completed the last stage, or the first failing one.
   */
  public static <A, R> CompletableFuture<List<R>> map(
      Collection<? extends A> inputs,
      Function<? super A, ? extends CompletionStage<? extends R>> call) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(call, "call");
    Object[] elements = inputs.toArray();
    return MapFuture.start(elements, Math.max(elements.length, 1), call);
  }

  /**
   * Like {@link #map(Collection, Function)}, but with at most {@code maxConcurrency} calls in
   * flight at once, as with an {@code asyncio.Semaphore}: a call is in flight from the moment {@code
   * call} is applied until its stage settles. The next input is called when a stage settles, never by
   * blocking a thread. On the first failure the calls in flight are cancelled and the inputs not
   * yet called never are.
   *
   * <p>Calls are made in input order, one at a time, never on two threads at once: the first {@code
   * maxConcurrency} on the calling thread before this method returns; each later one on a thread
   * that settled an earlier call's stage, unless that thread finds another one making calls at that
   * moment (the calling thread still making its first ones, or another settling thread): then it
   * leaves the call to that thread rather than wait for it. So {@code call} should return quickly,
   * as a facade method does. The returned future completes as for {@link #map(Collection,
   * Function)}.
   *
   * @throws IllegalArgumentException if {@code maxConcurrency < 1}
   */
  public static <A, R> CompletableFuture<List<R>> map(
      Collection<? extends A> inputs,
      int maxConcurrency,
      Function<? super A, ? extends CompletionStage<? extends R>> call) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(call, "call");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "maxConcurrency must be at least 1, was " + maxConcurrency);
    }
    return MapFuture.start(inputs.toArray(), maxConcurrency, call);
  }

  /** The stages as an array we own, each checked for {@code null}. */
  private static CompletionStage<?>[] snapshot(Collection<? extends CompletionStage<?>> stages) {
    Objects.requireNonNull(stages, "stages");
    CompletionStage<?>[] inputs = stages.toArray(new CompletionStage<?>[0]);
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] == null) {
        throw new NullPointerException("stages[" + i + "]");
      }
    }
    return inputs;
  }

  private static CompletionStage<?> checked(CompletionStage<?> stage, String name) {
    return Objects.requireNonNull(stage, name);
  }
}
