package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The base of the futures {@link Gather} returns: it depends on inputs, and once it is settled the
 * inputs still running are no longer wanted. Each combinator ({@link AllFuture}, {@link
 * MapFuture}, {@link SettledFuture}, {@link FirstFuture}, {@link TimeoutFuture}) says only how its
 * inputs' outcomes decide its own.
 *
 * <p>Exactly one party <em>decides</em> the outcome: an input's callback, a timer, or a caller from
 * outside ({@code cancel}, {@code complete}, {@code completeExceptionally}, {@code obtrude…}, {@code
 * completeAsync}, the JDK's {@code orTimeout} and {@code completeOnTimeout}, which call these). The
 * decider cancels the inputs still running <em>before</em> it completes this future, so that code
 * depending on this future finds them cancelled already, and the cancellations it caused arrive at
 * an aggregate that has already decided.
 *
 * <p>No chaining: every input reports to this one object by index, so 10,000 inputs cost 10,000
 * callbacks and no stack depth.
 */
abstract class GatherFuture<T> extends WorkFuture<T> {

  private static final VarHandle DECIDED =
      VarHandles.field(MethodHandles.lookup(), "decided", boolean.class);
  private static final VarHandle REMAINING =
      VarHandles.field(MethodHandles.lookup(), "remaining", int.class);

  /** The inputs, by index; {@link MapFuture} fills them in as it makes its calls. */
  final CompletionStage<?>[] inputs;

  @SuppressWarnings("unused") // accessed through DECIDED
  private volatile boolean decided;

  @SuppressWarnings("unused") // accessed through REMAINING
  private volatile int remaining;

  GatherFuture(CompletionStage<?>[] inputs) {
    this.inputs = inputs;
    this.remaining = inputs.length;
  }

  /** Told once per input, on the thread that settled it; {@code failure} as the input holds it. */
  abstract void settled(int index, Object value, Throwable failure);

  /** Has {@code inputs[index]} report to {@link #settled}. */
  final void listen(int index) {
    inputs[index].whenComplete((value, failure) -> settled(index, value, failure));
  }

  /**
   * Has every input report to {@link #settled}, even once decided: a combinator may want to hear
   * of failures after its outcome (as suppressed exceptions of the first).
   */
  final void listenToAll() {
    for (int i = 0; i < inputs.length; i++) {
      listen(i);
    }
  }

  /** Claims the right to settle this future. Only the first caller gets {@code true}. */
  final boolean decide() {
    return DECIDED.compareAndSet(this, false, true);
  }

  final boolean isDecided() {
    return decided;
  }

  /** Counts one settled input; {@code true} for the last of them. */
  final boolean lastToSettle() {
    return (int) REMAINING.getAndAdd(this, -1) == 1;
  }

  /** How many of {@link #inputs} may be running: all of them, but for a {@link MapFuture}. */
  int started() {
    return inputs.length;
  }

  /** Cancels the inputs that may still be running; called at most once, by the decider. */
  void cancelInputs(boolean interrupt) {
    for (int i = 0, count = started(); i < count; i++) {
      cancelInput(inputs[i], interrupt);
    }
  }

  /** Cancels one input; {@link AllFuture} notes the cancellations it causes. */
  void cancelInput(CompletionStage<?> input, boolean interrupt) {
    StageSupport.tryCancel(input, interrupt);
  }

  /** Completes this future; only the decider calls it. */
  final void succeed(T value) {
    super.complete(value);
  }

  /** Fails this future with {@code failure} as the cause {@code get()} reports; only the decider. */
  final void failWith(Throwable failure) {
    super.completeExceptionally(StageSupport.storable(failure));
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    if (decide()) {
      cancelInputs(mayInterruptIfRunning);
    }
    // Also when another party decided but has not completed yet: then either this cancel or
    // their completion wins, and the inputs are taken care of either way.
    return super.cancel(mayInterruptIfRunning);
  }

  @Override
  public boolean complete(T value) {
    if (decide()) {
      cancelInputs(true);
    }
    return super.complete(value);
  }

  @Override
  public boolean completeExceptionally(Throwable failure) {
    Objects.requireNonNull(failure, "failure"); // before deciding: a refusal must change nothing
    if (decide()) {
      cancelInputs(true);
    }
    return super.completeExceptionally(failure);
  }

  @SuppressWarnings("unchecked") // the elements are the values of stages of E
  static <E> List<E> asList(Object[] elements) {
    return (List<E>) Collections.unmodifiableList(Arrays.asList(elements));
  }
}
