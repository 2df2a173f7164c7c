package dev.asyncgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@link Gather#all}: every input's value, in input order, made into a result by a finisher; on the
 * first failure, that failure, and the inputs still running are cancelled.
 *
 * <p>Failures that arrive after the first are added to it as suppressed exceptions, each instance
 * once, except the cancellations this future caused itself: those are told apart by identity (the
 * {@link CancellationException} an input holds after this future cancelled it, which a stage
 * derived from that input carries too). A cancellation that arrives while the inputs are still
 * being cancelled waits in {@link #unsorted} until this future knows all of its own. (Where someone
 * else cancels an input at the very moment this future does, the cancellation counts as its own.)
 */
class AllFuture<T> extends GatherFuture<T> {

  private final Object[] results;
  private final Function<Object[], ? extends T> finisher;

  // Guarded by this. The failure that decided, if one did; the failures attached to it (and it);
  // the cancellations this future caused; those that arrived before it knew them all.
  private Throwable first;
  private Set<Throwable> attached;
  private Set<Throwable> own;
  private List<Throwable> unsorted;
  private boolean ownKnown;

  AllFuture(CompletionStage<?>[] inputs, Function<Object[], ? extends T> finisher) {
    super(inputs);
    this.results = new Object[inputs.length];
    this.finisher = finisher;
  }

  static <T> AllFuture<T> start(
      CompletionStage<?>[] inputs, Function<Object[], ? extends T> finisher) {
    AllFuture<T> all = new AllFuture<>(inputs, finisher);
    if (inputs.length == 0) {
      all.finish();
    }
    all.listenToAll();
    return all;
  }

  @Override
  void settled(int index, Object value, Throwable failure) {
    if (failure != null) {
      fail(Stages.unwrap(failure));
      return;
    }
    results[index] = value;
    if (lastToSettle()) {
      finish();
    } else {
      valueArrived();
    }
  }

  /** An input succeeded, and others are still to come. */
  void valueArrived() {}

  /** Every input succeeded: the finisher's result, or its exception, settles this future. */
  final void finish() {
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

  /** Fails on the first failure; attaches later ones to it. */
  final void fail(Throwable failure) {
    boolean won;
    synchronized (this) {
      won = decide();
      if (won) {
        first = failure;
        attached = identitySet();
        own = identitySet();
      } else if (!admit(failure)) {
        return;
      }
    }
    if (won) {
      cancelInputs(true);
      for (Throwable late : sortUnsorted()) {
        failure.addSuppressed(late);
      }
      failWith(failure);
    } else {
      first.addSuppressed(failure); // outside the lock: Throwable locks itself
    }
  }

  /** Whether {@code failure}, arriving after the outcome was decided, is to be attached now. */
  private boolean admit(Throwable failure) {
    if (first == null || failure == first) {
      return false; // decided otherwise (success, from outside): nothing to attach to
    }
    if (failure instanceof CancellationException) {
      if (!ownKnown) {
        if (unsorted == null) {
          unsorted = new ArrayList<>();
        }
        unsorted.add(failure);
        return false;
      }
      if (own.contains(failure)) {
        return false;
      }
    }
    return attached.add(failure);
  }

  /** Notes the cancellations this future causes once it has failed, to leave them out. */
  @Override
  final void cancelInput(CompletionStage<?> input, boolean interrupt) {
    if (Stages.tryCancel(input, interrupt)) {
      synchronized (this) {
        if (first != null) {
          own.add(Stages.failureOf(input)); // settled: its handle() runs at once, here
        }
      }
    }
  }

  /** Now that all its own cancellations are known: the ones that waited and were not its own. */
  private synchronized List<Throwable> sortUnsorted() {
    ownKnown = true;
    List<Throwable> late = new ArrayList<>();
    if (unsorted != null) {
      for (Throwable cancellation : unsorted) {
        if (!own.contains(cancellation) && attached.add(cancellation)) {
          late.add(cancellation);
        }
      }
      unsorted = null;
    }
    return late;
  }

  private static Set<Throwable> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
