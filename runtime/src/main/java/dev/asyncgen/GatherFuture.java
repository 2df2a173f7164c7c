package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A future returned by {@link Gather}: it depends on inputs, and once it is settled the inputs
 * still running are no longer wanted.
 *
 * <p>Exactly one party <em>decides</em> the outcome: an input's callback, a timer, or a caller from
 * outside ({@code cancel}, {@code complete}, {@code completeExceptionally}, even the JDK's {@code
 * orTimeout}). The decider cancels the inputs still running <em>before</em> it completes this
 * future, so that code depending on this future finds them cancelled already, and the cancellations
 * it caused arrive at an aggregate that has already decided and ignores them.
 *
 * <p>No chaining: every input reports to this one object by index, so 10,000 inputs cost 10,000
 * callbacks and no stack depth.
 */
abstract class GatherFuture<T> extends CompletableFuture<T> {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private static final VarHandle DECIDED;

  static {
    try {
      DECIDED = MethodHandles.lookup().findVarHandle(GatherFuture.class, "decided", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through DECIDED
  private volatile boolean decided;

  /** Claims the right to settle this future. Only the first caller gets {@code true}. */
  final boolean decide() {
    return DECIDED.compareAndSet(this, false, true);
  }

  final boolean isDecided() {
    return decided;
  }

  /** Cancels the inputs that may still be running; called at most once, by the decider. */
  abstract void cancelInputs(boolean interrupt);

  /** Completes this future; only the decider calls it. */
  final void succeed(T value) {
    super.complete(value);
  }

  /**
   * Fails this future; only the decider calls it. A failure that is itself a {@link
   * CompletionException} is wrapped once more, since {@code get()} reports a stored one's cause.
   */
  final void failWith(Throwable failure) {
    super.completeExceptionally(
        failure instanceof CompletionException ? new CompletionException(failure) : failure);
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
    if (decide()) {
      cancelInputs(true);
    }
    return super.completeExceptionally(failure);
  }

  /**
   * Cancels {@code stage} if it is a {@link Future}. Never throws: a decider that threw here would
   * leave its future unsettled for ever. {@code minimalCompletionStage()} is a {@code Future} whose
   * {@code cancel} (and {@code isDone}) throw {@link UnsupportedOperationException}; it simply
   * cannot be cancelled.
   */
  static void cancel(CompletionStage<?> stage, boolean interrupt) {
    if (stage instanceof Future<?> future) {
      try {
        future.cancel(interrupt);
      } catch (UnsupportedOperationException notCancellable) {
        // nothing to stop
      } catch (RuntimeException failure) {
        LOG.log(System.Logger.Level.WARNING, "cancelling an input failed: " + stage, failure);
      }
    }
  }

  static Throwable unwrap(Throwable failure) {
    return TaskFuture.unwrap(failure);
  }

  /**
   * Fails on the first failure, then cancels the inputs left; failures that arrive afterwards are
   * added to the first as suppressed exceptions, each instance once, except the cancellations.
   */
  abstract static class FailFast<T> extends GatherFuture<T> {

    // Guarded by this. The first failure, and the instances already attached to it.
    private Throwable first;
    private Set<Throwable> attached;

    final void fail(Throwable failure) {
      if (failure instanceof CancellationException && isDecided()) {
        return; // most likely our own doing; never worth reporting once the outcome is decided
      }
      Throwable attachTo = null;
      boolean won;
      synchronized (this) {
        won = decide();
        if (won) {
          first = failure;
        } else if (first != null
            && failure != first
            && !(failure instanceof CancellationException)) {
          if (attached == null) {
            attached = Collections.newSetFromMap(new IdentityHashMap<>());
          }
          if (attached.add(failure)) {
            attachTo = first;
          }
        }
      }
      if (won) {
        cancelInputs(true);
        failWith(failure);
      } else if (attachTo != null) {
        attachTo.addSuppressed(failure); // outside the lock: Throwable locks itself
      }
    }
  }

  /** {@link Gather#all}: every input's value, in input order, made into a result by a finisher. */
  static final class All<T> extends FailFast<T> {

    private static final VarHandle REMAINING;

    static {
      try {
        REMAINING = MethodHandles.lookup().findVarHandle(All.class, "remaining", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final CompletionStage<?>[] inputs;
    private final Object[] results;
    private final Function<Object[], ? extends T> finisher;

    @SuppressWarnings("unused") // accessed through REMAINING
    private volatile int remaining;

    private All(CompletionStage<?>[] inputs, Function<Object[], ? extends T> finisher) {
      this.inputs = inputs;
      this.results = new Object[inputs.length];
      this.finisher = finisher;
      this.remaining = inputs.length;
    }

    static <T> All<T> start(CompletionStage<?>[] inputs, Function<Object[], ? extends T> finisher) {
      All<T> all = new All<>(inputs, finisher);
      if (inputs.length == 0) {
        all.finish();
      }
      // Every input gets its callback, even once decided: failures already there become
      // suppressed exceptions of the first.
      for (int i = 0; i < inputs.length; i++) {
        int index = i;
        inputs[i].whenComplete((value, failure) -> all.settled(index, value, failure));
      }
      return all;
    }

    private void settled(int index, Object value, Throwable failure) {
      if (failure != null) {
        fail(unwrap(failure));
        return;
      }
      results[index] = value;
      if ((int) REMAINING.getAndAdd(this, -1) == 1) {
        finish();
      }
    }

    private void finish() {
      T value;
      try {
        value = finisher.apply(results);
      } catch (Throwable failure) {
        fail(failure);
        return;
      }
      if (decide()) {
        succeed(value);
      }
    }

    @Override
    void cancelInputs(boolean interrupt) {
      for (CompletionStage<?> input : inputs) {
        cancel(input, interrupt);
      }
    }
  }

  /**
   * {@link Gather#map}: starts {@code call} for the inputs in order, at most {@code limit} at once,
   * the next one when one settles, then behaves like {@link All}.
   *
   * <p>Starting is a drain loop, not recursion: whichever thread frees a slot either runs the loop
   * or, if another thread is in it, leaves a note ({@code wip}) that makes that thread go round
   * once more. A call whose stage is already complete therefore never deepens the stack.
   */
  static final class Mapped<A, R> extends FailFast<List<R>> {

    private static final VarHandle WIP;
    private static final VarHandle IN_FLIGHT;
    private static final VarHandle REMAINING;

    static {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        WIP = lookup.findVarHandle(Mapped.class, "wip", int.class);
        IN_FLIGHT = lookup.findVarHandle(Mapped.class, "inFlight", int.class);
        REMAINING = lookup.findVarHandle(Mapped.class, "remaining", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final Object[] inputs; // each element is dropped once its call has been made
    private final Function<? super A, ? extends CompletionStage<? extends R>> call;
    private final int limit;
    private final CompletionStage<?>[] stages;
    private final Object[] results;

    /** The next input to call; only the thread in the drain loop touches it. */
    private int next;

    /** {@code stages[0, started)} are set; written after the stage, read before cancelling. */
    private volatile int started;

    @SuppressWarnings("unused") // accessed through WIP
    private volatile int wip;

    @SuppressWarnings("unused") // accessed through IN_FLIGHT
    private volatile int inFlight;

    @SuppressWarnings("unused") // accessed through REMAINING
    private volatile int remaining;

    private Mapped(
        Object[] inputs,
        int limit,
        Function<? super A, ? extends CompletionStage<? extends R>> call) {
      this.inputs = inputs;
      this.call = call;
      this.limit = limit;
      this.stages = new CompletionStage<?>[inputs.length];
      this.results = new Object[inputs.length];
      this.remaining = inputs.length;
    }

    static <A, R> Mapped<A, R> start(
        Object[] inputs,
        int limit,
        Function<? super A, ? extends CompletionStage<? extends R>> call) {
      Mapped<A, R> mapped = new Mapped<>(inputs, limit, call);
      if (inputs.length == 0) {
        mapped.decide();
        mapped.succeed(List.of());
      } else {
        mapped.drain();
      }
      return mapped;
    }

    /** Calls in flight: started, and their stage not settled yet. */
    int inFlight() {
      return inFlight;
    }

    private void drain() {
      if ((int) WIP.getAndAdd(this, 1) != 0) {
        return; // the thread in the loop will go round again
      }
      int missed = 1;
      while (true) {
        while (next < inputs.length && !isDecided() && inFlight < limit) {
          startCall(next++);
        }
        missed = (int) WIP.getAndAdd(this, -missed) - missed;
        if (missed == 0) {
          return;
        }
      }
    }

    @SuppressWarnings("unchecked") // inputs holds the A elements given to Gather.map
    private void startCall(int index) {
      IN_FLIGHT.getAndAdd(this, 1);
      A input = (A) inputs[index];
      inputs[index] = null;
      CompletionStage<? extends R> stage;
      try {
        stage = call.apply(input);
        if (stage == null) {
          throw new NullPointerException("call returned null for inputs[" + index + "]");
        }
      } catch (Throwable failure) {
        IN_FLIGHT.getAndAdd(this, -1);
        fail(failure);
        return;
      }
      stages[index] = stage;
      started = index + 1;
      stage.whenComplete((value, failure) -> settled(index, value, failure));
      if (isDecided()) {
        cancel(stage, true); // decided while we were starting it: the decider may not have seen it
      }
    }

    private void settled(int index, Object value, Throwable failure) {
      IN_FLIGHT.getAndAdd(this, -1);
      if (failure != null) {
        fail(unwrap(failure));
        return;
      }
      results[index] = value;
      if ((int) REMAINING.getAndAdd(this, -1) == 1) {
        if (decide()) {
          succeed(asList(results));
        }
      } else {
        drain();
      }
    }

    @Override
    void cancelInputs(boolean interrupt) {
      int count = started;
      for (int i = 0; i < count; i++) {
        cancel(stages[i], interrupt);
      }
    }
  }

  /** {@link Gather#settled}: every input's outcome, in input order; never fails. */
  static final class Settled<T> extends GatherFuture<List<Outcome<T>>> {

    private static final VarHandle REMAINING;

    static {
      try {
        REMAINING = MethodHandles.lookup().findVarHandle(Settled.class, "remaining", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final CompletionStage<?>[] inputs;
    private final Object[] outcomes;

    @SuppressWarnings("unused") // accessed through REMAINING
    private volatile int remaining;

    private Settled(CompletionStage<?>[] inputs) {
      this.inputs = inputs;
      this.outcomes = new Object[inputs.length];
      this.remaining = inputs.length;
    }

    static <T> Settled<T> start(CompletionStage<?>[] inputs) {
      Settled<T> settled = new Settled<>(inputs);
      if (inputs.length == 0 && settled.decide()) {
        settled.succeed(List.of());
      }
      for (int i = 0; i < inputs.length; i++) {
        int index = i;
        inputs[i].whenComplete((value, failure) -> settled.settled(index, value, failure));
      }
      return settled;
    }

    private void settled(int index, Object value, Throwable failure) {
      outcomes[index] =
          failure == null ? new Outcome.Success<>(value) : new Outcome.Failure<>(unwrap(failure));
      if ((int) REMAINING.getAndAdd(this, -1) == 1 && decide()) {
        succeed(asList(outcomes));
      }
    }

    @Override
    void cancelInputs(boolean interrupt) {
      for (CompletionStage<?> input : inputs) {
        cancel(input, interrupt);
      }
    }
  }

  /**
   * {@link Gather#any} and {@link Gather#race}: the first input to succeed (or, for a race, to
   * settle at all) decides; the others are cancelled.
   */
  static final class First<T> extends GatherFuture<T> {

    private static final VarHandle REMAINING;

    static {
      try {
        REMAINING = MethodHandles.lookup().findVarHandle(First.class, "remaining", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final CompletionStage<?>[] inputs;

    /** For {@code any}: each input's failure; {@code null} for a race, where a failure decides. */
    private final Throwable[] failures;

    @SuppressWarnings("unused") // accessed through REMAINING
    private volatile int remaining;

    private First(CompletionStage<?>[] inputs, boolean race) {
      this.inputs = inputs;
      this.failures = race ? null : new Throwable[inputs.length];
      this.remaining = inputs.length;
    }

    static <T> First<T> start(CompletionStage<?>[] inputs, boolean race) {
      First<T> first = new First<>(inputs, race);
      if (inputs.length == 0 && first.decide()) {
        first.failWith(new AllFailedException(new Throwable[0]));
      }
      for (int i = 0; i < inputs.length; i++) {
        int index = i;
        inputs[i].whenComplete((value, failure) -> first.settled(index, value, failure));
      }
      return first;
    }

    @SuppressWarnings("unchecked") // the inputs are stages of T
    private void settled(int index, Object value, Throwable failure) {
      if (isDecided()) {
        return;
      }
      if (failure == null || failures == null) {
        if (decide()) {
          cancelInputs(true);
          if (failure == null) {
            succeed((T) value);
          } else {
            failWith(unwrap(failure));
          }
        }
        return;
      }
      failures[index] = unwrap(failure);
      if ((int) REMAINING.getAndAdd(this, -1) == 1 && decide()) {
        failWith(new AllFailedException(failures));
      }
    }

    @Override
    void cancelInputs(boolean interrupt) {
      for (CompletionStage<?> input : inputs) {
        cancel(input, interrupt);
      }
    }
  }

  /** {@link Gather#withTimeout}: the input's outcome, or a {@link TimeoutException} first. */
  static final class Timed<T> extends GatherFuture<T> {

    private final CompletionStage<? extends T> input;
    private final Duration timeout;

    /** Set once after scheduling; read by whoever settles this future, to take the timer down. */
    private volatile ScheduledFuture<?> timer;

    private Timed(CompletionStage<? extends T> input, Duration timeout) {
      this.input = input;
      this.timeout = timeout;
    }

    static <T> Timed<T> start(CompletionStage<? extends T> input, Duration timeout) {
      Timed<T> timed = new Timed<>(input, timeout);
      input.whenComplete(timed::settled);
      if (!timed.isDone()) {
        timed.timer = Timer.schedule(timed::expire, saturated(timeout));
        if (timed.isDone()) {
          timed.stopTimer(); // settled while we scheduled: it may have missed the timer
        }
      }
      return timed;
    }

    private void settled(T value, Throwable failure) {
      if (decide()) {
        stopTimer();
        if (failure == null) {
          succeed(value);
        } else {
          failWith(unwrap(failure));
        }
      }
    }

    private void expire() {
      if (decide()) {
        cancel(input, true);
        failWith(new TimeoutException("timed out after " + Dispatcher.format(timeout)));
      }
    }

    private void stopTimer() {
      ScheduledFuture<?> scheduled = timer;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }

    @Override
    void cancelInputs(boolean interrupt) {
      stopTimer();
      cancel(input, interrupt);
    }
  }

  /**
   * {@link Gather#inCompletionOrder}: hands each settled input to the next returned future. One
   * instance serves as the callback of every input.
   */
  static final class InCompletionOrder implements java.util.function.BiConsumer<Object, Throwable> {

    private static final VarHandle NEXT;

    static {
      try {
        NEXT = MethodHandles.lookup().findVarHandle(InCompletionOrder.class, "next", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final CompletableFuture<Object>[] outputs;

    @SuppressWarnings("unused") // accessed through NEXT
    private volatile int next;

    InCompletionOrder(CompletableFuture<Object>[] outputs) {
      this.outputs = outputs;
    }

    @Override
    public void accept(Object value, Throwable failure) {
      Throwable cause = failure == null ? null : unwrap(failure);
      while (true) {
        int index = (int) NEXT.getAndAdd(this, 1);
        if (index >= outputs.length) {
          return; // the outputs it would have gone to were settled from outside
        }
        CompletableFuture<Object> output = outputs[index];
        if (cause == null ? output.complete(value) : output.completeExceptionally(cause)) {
          return;
        }
        // That output was cancelled or completed by its user: this input goes to the next one.
      }
    }
  }

  /** The longest delay the timer can take; longer ones never expire in practice. */
  private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

  static Duration saturated(Duration delay) {
    return delay.compareTo(FOREVER) > 0 ? FOREVER : delay;
  }

  @SuppressWarnings("unchecked") // the elements are the values of stages of E
  static <E> List<E> asList(Object[] elements) {
    return (List<E>) Collections.unmodifiableList(Arrays.asList(elements));
  }
}
