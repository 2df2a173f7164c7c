package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@link Gather#map}: makes {@code call} for the arguments in order, at most {@code limit} in
 * flight at once, the next one when one settles; gathers them as {@link AllFuture} does.
 *
 * <p>Calls are made one at a time, in order, by a drain loop, not by recursion: whichever thread
 * frees a slot either runs the loop or, if another thread is in it, leaves a note ({@code wip})
 * that makes that thread go round once more and make the call itself. So a call is made on the
 * calling thread or on a thread that settled an earlier call's stage, never on two threads at once,
 * and a call whose stage is already complete never deepens the stack.
 */
final class MapFuture<A, R> extends AllFuture<List<R>> {

  private static final VarHandle WIP =
      VarHandles.field(MethodHandles.lookup(), "wip", int.class);
  private static final VarHandle IN_FLIGHT =
      VarHandles.field(MethodHandles.lookup(), "inFlight", int.class);

  private final Object[] args; // each element is dropped once its call has been made
  private final Function<? super A, ? extends CompletionStage<? extends R>> call;
  private final int limit;

  /** The next argument to call with; only the thread in the drain loop touches it. */
  private int next;

  /** {@code inputs[0, started)} are set; written after the stage, read before cancelling. */
  private volatile int started;

  @SuppressWarnings("unused") // accessed through WIP
  private volatile int wip;

  @SuppressWarnings("unused") // accessed through IN_FLIGHT
  private volatile int inFlight;

  private MapFuture(
      Object[] args, int limit, Function<? super A, ? extends CompletionStage<? extends R>> call) {
    super(new CompletionStage<?>[args.length], GatherFuture::asList);
    this.args = args;
    this.call = call;
    this.limit = limit;
  }

  static <A, R> MapFuture<A, R> start(
      Object[] args, int limit, Function<? super A, ? extends CompletionStage<? extends R>> call) {
    MapFuture<A, R> mapped = new MapFuture<>(args, limit, call);
    if (args.length == 0) {
      mapped.finish();
    } else {
      mapped.drain();
    }
    return mapped;
  }

  /** Calls in flight: made, and their stage not settled yet. */
  int inFlight() {
    return inFlight;
  }

  @Override
  int started() {
    return started;
  }

  @Override
  void settled(int index, Object value, Throwable failure) {
    IN_FLIGHT.getAndAdd(this, -1);
    super.settled(index, value, failure);
  }

  @Override
  void valueArrived() {
    drain(); // a slot is free
  }

  private void drain() {
    if ((int) WIP.getAndAdd(this, 1) != 0) {
      return; // the thread in the loop will go round again
    }
    int missed = 1;
    while (true) {
      while (next < args.length && !isDecided() && inFlight < limit) {
        startCall(next++);
      }
      missed = (int) WIP.getAndAdd(this, -missed) - missed;
      if (missed == 0) {
        return;
      }
    }
  }

  @SuppressWarnings("unchecked") // args holds the A elements given to Gather.map
  private void startCall(int index) {
    IN_FLIGHT.getAndAdd(this, 1);
    A arg = (A) args[index];
    args[index] = null;
    CompletionStage<? extends R> stage;
    try {
      stage = call.apply(arg);
      if (stage == null) {
        throw new NullPointerException("call returned null for inputs[" + index + "]");
      }
    } catch (Throwable failure) {
      IN_FLIGHT.getAndAdd(this, -1);
      fail(failure);
      return;
    }
    inputs[index] = stage;
    started = index + 1;
    if (isDecided()) {
      // Decided while we were making the call: the decider may not have seen it. Cancelled
      // before we listen, so that its cancellation is known as this future's own when it arrives.
      cancelInput(stage, true);
    }
    listen(index);
  }
}
