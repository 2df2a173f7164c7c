package dev.asyncgen;

import java.util.concurrent.CompletionStage;

/**
 * A future made from a source stage by a step ({@link Stages#map}, {@link Stages#compose}, {@link
 * Stages#recover}) that keeps the way back to the work: settled from outside (cancelled, completed,
 * timed out), it cancels the source, and the stage the step returned if there is one, as Guava's
 * {@code Futures.transform} does. A {@code thenApply} stage forgets its source. A {@link
 * Stages#shield shield} is the one kind that cancels nothing.
 *
 * <p>The decider protocol is {@link GatherFuture}'s: whoever settles this future first cancels what
 * it depends on, before completing it.
 */
final class DerivedFuture<S, T> extends GatherFuture<T> {

  /**
   * What the source's outcome becomes. Called once, with the value and {@code null}, or with {@code
   * null} and the failure's original exception. It returns the value ({@code T}), or the stage to
   * follow if the future {@code composes}; it throws to fail (rethrowing {@code cause} passes the
   * failure on unchanged).
   */
  @FunctionalInterface
  interface Step<S> {
    Object apply(S value, Throwable cause) throws Throwable;
  }

  /** What the step's result is, and whether settling from outside reaches the source. */
  private enum Kind {
    /** The step returns the value. */
    APPLY,
    /** The step returns the stage to follow. */
    COMPOSE,
    /** The source's outcome as it is; the source is never cancelled. */
    SHIELD
  }

  private final Step<? super S> step;
  private final Kind kind;

  /** The stage the step returned, once it has; cancelled with this future. */
  private volatile CompletionStage<?> next;

  private DerivedFuture(CompletionStage<? extends S> source, Step<? super S> step, Kind kind) {
    super(new CompletionStage<?>[] {source});
    this.step = step;
    this.kind = kind;
  }

  /** A future of the value {@code step} makes of the source's outcome. */
  static <S, T> DerivedFuture<S, T> applying(CompletionStage<? extends S> source, Step<? super S> step) {
    return start(new DerivedFuture<>(source, step, Kind.APPLY));
  }

  /** A future that follows the stage {@code step} makes of the source's outcome. */
  static <S, T> DerivedFuture<S, T> composing(
      CompletionStage<? extends S> source, Step<? super S> step) {
    return start(new DerivedFuture<>(source, step, Kind.COMPOSE));
  }

  /** A future of the source's outcome that never cancels the source. */
  static <T> DerivedFuture<T, T> shielding(CompletionStage<? extends T> source) {
    return start(new DerivedFuture<>(source, DerivedFuture::passOn, Kind.SHIELD));
  }

  /** The step that passes the source's outcome on unchanged. */
  private static Object passOn(Object value, Throwable cause) throws Throwable {
    if (cause != null) {
      throw cause;
    }
    return value;
  }

  private static <S, T> DerivedFuture<S, T> start(DerivedFuture<S, T> derived) {
    derived.listen(0);
    return derived;
  }

  /** The source settled: the step makes of it the outcome, or the stage to follow. */
  @Override
  @SuppressWarnings("unchecked") // the only input is the source, a stage of S
  void settled(int index, Object value, Throwable failure) {
    if (isDecided()) {
      return; // settled from outside: the source's outcome is no longer wanted
    }
    Object result;
    try {
      result = step.apply((S) value, failure == null ? null : StageSupport.unwrap(failure));
    } catch (Throwable thrown) {
      settle(null, thrown);
      return;
    }
    if (kind != Kind.COMPOSE) {
      settleWith(result);
      return;
    }
    if (result == null) {
      settle(null, new NullPointerException("the function returned null instead of a CompletionStage"));
      return;
    }
    CompletionStage<?> stage = (CompletionStage<?>) result;
    next = stage;
    stage.whenComplete(this::settle);
    if (isDecided()) {
      StageSupport.tryCancel(stage, true); // settled from outside meanwhile: it may have missed it
    }
  }

  @SuppressWarnings("unchecked") // the step's contract: a T when not composing
  private void settleWith(Object value) {
    if (decide()) {
      succeed((T) value);
    }
  }

  private void settle(Object value, Throwable failure) {
    if (failure != null) {
      if (decide()) {
        failWith(StageSupport.unwrap(failure));
      }
    } else {
      settleWith(value);
    }
  }

  @Override
  void cancelInputs(boolean interrupt) {
    if (kind == Kind.SHIELD) {
      return;
    }
    super.cancelInputs(interrupt);
    CompletionStage<?> stage = next;
    if (stage != null) {
      StageSupport.tryCancel(stage, interrupt);
    }
  }
}
