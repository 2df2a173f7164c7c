package dev.asyncgen;

import java.util.concurrent.CompletionStage;

/**
 * {@link Gather#any} and {@link Gather#race}: the first input to succeed (or, for a race, to settle
 * at all) decides; the others are cancelled. If every input of {@code any} fails, an {@link
 * AllFailedException} with each failure in input order.
 */
final class FirstFuture<T> extends GatherFuture<T> {

  /** For {@code any}: each input's failure; {@code null} for a race, where a failure decides. */
  private final Throwable[] failures;

  private FirstFuture(CompletionStage<?>[] inputs, boolean race) {
    super(inputs);
    this.failures = race ? null : new Throwable[inputs.length];
  }

  static <T> FirstFuture<T> start(CompletionStage<?>[] inputs, boolean race) {
    FirstFuture<T> first = new FirstFuture<>(inputs, race);
    if (inputs.length == 0 && first.decide()) {
      first.failWith(new AllFailedException(new Throwable[0]));
    }
    first.listenToAll();
    return first;
  }

  @Override
  @SuppressWarnings("unchecked") // the inputs are stages of T
  void settled(int index, Object value, Throwable failure) {
    if (isDecided()) {
      return;
    }
    if (failure == null || failures == null) {
      if (decide()) {
        cancelInputs(true);
        if (failure == null) {
          succeed((T) value);
        } else {
          failWith(StageSupport.unwrap(failure));
        }
      }
      return;
    }
    failures[index] = StageSupport.unwrap(failure);
    if (lastToSettle() && decide()) {
      failWith(new AllFailedException(failures));
    }
  }
}
