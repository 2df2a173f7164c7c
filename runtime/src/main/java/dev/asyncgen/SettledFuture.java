package dev.asyncgen;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@link Gather#settled}: every input's outcome, in input order; never fails. */
final class SettledFuture<T> extends GatherFuture<List<Outcome<T>>> {

  private final Object[] outcomes;

  private SettledFuture(CompletionStage<?>[] inputs) {
    super(inputs);
    this.outcomes = new Object[inputs.length];
  }

  static <T> SettledFuture<T> start(CompletionStage<?>[] inputs) {
    SettledFuture<T> settled = new SettledFuture<>(inputs);
    if (inputs.length == 0 && settled.decide()) {
      settled.succeed(List.of());
    }
    settled.listenToAll();
    return settled;
  }

  @Override
  void settled(int index, Object value, Throwable failure) {
    outcomes[index] =
        failure == null
            ? new Outcome.Success<>(value)
            : new Outcome.Failure<>(StageSupport.unwrap(failure));
    if (lastToSettle() && decide()) {
      succeed(asList(outcomes));
    }
  }
}
