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
 * being cancelled waits until this future knows all of its own. (Where someone else cancels an
 * input at the very moment this future does, the cancellation counts as its own.)
 */
class AllFuture<T> extends GatherFuture<T> {

  private final Object[] results;
  private final Function<Object[], ? extends T> finisher;

  /** Set by the failure that decided, if one did. Guarded by this. */
  private Failed failed;

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
      fail(StageSupport.unwrap(failure));
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
    Failed attachTo = null;
    synchronized (this) {
      won = decide();
      if (won) {
        failed = new Failed(failure);
      } else if (failed != null && failed.admit(failure)) {
        attachTo = failed;
      } else {
        return; // decided otherwise (success, from outside), or nothing to attach
      }
    }
    if (won) {
      cancelInputs(true);
      List<Throwable> late;
      synchronized (this) {
        late = failed.ownKnown();
      }
      for (Throwable cancellation : late) {
        failure.addSuppressed(cancellation);
      }
      failWith(failure);
    } else {
      attachTo.first.addSuppressed(failure); // outside the lock: Throwable locks itself
    }
  }

  /** Notes the cancellations this future causes once it has failed, to leave them out. */
  @Override
  final void cancelInput(CompletionStage<?> input, boolean interrupt) {
    if (StageSupport.tryCancel(input, interrupt)) {
      synchronized (this) {
        if (failed != null) {
          failed.own.add(StageSupport.failureOf(input)); // settled: its handle() runs at once, here
        }
      }
    }
  }

  /**
   * The failure that decided, and the bookkeeping of what arrives after it; made only on the
   * failure path, so a gather that succeeds carries one field for it. Guarded by the future.
   */
  private static final class Failed {
    final Throwable first;
    /** The failures attached to the first, and the first itself. */
    private final Set<Throwable> attached = identitySet();
    /** The cancellations the future caused. */
    final Set<Throwable> own = identitySet();
    /** Cancellations that arrived before the future knew all its own. */
    private List<Throwable> unsorted;
    private boolean ownKnown;

    Failed(Throwable first) {
      this.first = first;
      attached.add(first);
    }

    /** Whether {@code failure}, arriving after the first, is to be attached now. */
    boolean admit(Throwable failure) {
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

    /** All the future's own cancellations are known: the ones that waited and were not its own. */
    List<Throwable> ownKnown() {
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
}
