package dev.asyncgen;

import static dev.asyncgen.TestFutures.value;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a {@link CompletableFuture} can be settled from outside takes the same path on every
 * future {@link Gather} returns: the inputs still running are cancelled, before the returned
 * future's own dependents run.
 */
class GatherSettledFromOutsideTest {

  /** A combinator, given two inputs still running. */
  private record Combinator(
      String name, Function<List<CompletableFuture<Object>>, CompletableFuture<?>> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A way to settle a future from outside. */
  private record Way(String name, Consumer<CompletableFuture<Object>> settle) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Combinator> COMBINATORS =
      List.of(
          new Combinator("all", Gather::all),
          new Combinator("all(a, b, combiner)", in -> Gather.all(in.get(0), in.get(1), (a, b) -> a)),
          new Combinator("settled", Gather::settled),
          new Combinator("any", Gather::any),
          new Combinator("race", Gather::race),
          new Combinator("map", in -> Gather.map(List.of(0, 1), in::get)),
          new Combinator("map(maxConcurrency)", in -> Gather.map(List.of(0, 1), 2, in::get)),
          new Combinator(
              "withTimeout", in -> Gather.withTimeout(in.get(0), Duration.ofMinutes(10))));

  private static final List<Way> WAYS =
      List.of(
          new Way("cancel", f -> f.cancel(true)),
          new Way("complete", f -> f.complete("outside")),
          new Way("completeExceptionally", f -> f.completeExceptionally(new IllegalStateException())),
          new Way("completeAsync(supplier, executor)", f -> f.completeAsync(() -> "outside", Runnable::run)),
          new Way("completeAsync(supplier)", f -> f.completeAsync(() -> "outside")),
          new Way("completeAsync of a supplier that throws",
              f -> f.completeAsync(() -> { throw new IllegalStateException(); }, Runnable::run)),
          new Way("obtrudeValue", f -> f.obtrudeValue("outside")),
          new Way("obtrudeException", f -> f.obtrudeException(new IllegalStateException())),
          new Way("orTimeout", f -> f.orTimeout(1, TimeUnit.MILLISECONDS)),
          new Way("completeOnTimeout", f -> f.completeOnTimeout("outside", 1, TimeUnit.MILLISECONDS)));

  static Stream<Arguments> everyWayOnEveryCombinator() {
    List<Arguments> cases = new ArrayList<>();
    for (Combinator combinator : COMBINATORS) {
      for (Way way : WAYS) {
        cases.add(Arguments.of(combinator, way));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} settled by {1}")
  @MethodSource("everyWayOnEveryCombinator")
  @SuppressWarnings("unchecked") // the test only settles it, with values of any type
  void cancelsTheInputsStillRunningBeforeItsDependentsRun(Combinator combinator, Way way) {
    List<CompletableFuture<Object>> inputs = List.of(new CompletableFuture<>(), new CompletableFuture<>());
    CompletableFuture<Object> result = (CompletableFuture<Object>) combinator.apply().apply(inputs);
    AtomicBoolean cancelledFirst = new AtomicBoolean();
    CompletableFuture<Void> dependent =
        result.handle((v, f) -> null).thenRun(() -> cancelledFirst.set(inputs.get(0).isCancelled()));

    way.settle().accept(result);

    value(dependent);
    assertTrue(inputs.get(0).isCancelled(), "the input still running was cancelled");
    assertTrue(cancelledFirst.get(), "before the returned future's dependents ran");
  }
}
