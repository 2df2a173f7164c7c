package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.util.List;

/** Applies a facade's {@link ContextPropagator}s: capture on the caller, swap around the call. */
final class Contexts {

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  private Contexts() {}

  /** What each propagator captures on the calling thread; {@code null} when there are none. */
  static Object[] capture(List<ContextPropagator<?>> propagators) {
    if (propagators.isEmpty()) {
      return null;
    }
    Object[] captured = new Object[propagators.size()];
    for (int i = 0; i < captured.length; i++) {
      captured[i] = propagators.get(i).capture();
    }
    return captured;
  }

  /**
   * {@code body} run with the captured contexts in place; afterwards the thread gets back what it
   * held before, which on a pooled thread clears the context. A context that cannot be swapped in
   * fails the call.
   */
  static BlockingCall<?> around(
      List<ContextPropagator<?>> propagators, Object[] captured, BlockingCall<?> body) {
    if (captured == null) {
      return body;
    }
    return () -> {
      Swap swap = new Swap(propagators, captured);
      try {
        swap.in();
        return body.call();
      } finally {
        swap.back();
      }
    };
  }

  /**
   * Runs {@code action}, which must not throw, with the captured contexts in place as far as they
   * can be swapped in: it runs even if they cannot (that is logged), since what it does (telling
   * listeners) must happen either way.
   */
  static void runWithin(List<ContextPropagator<?>> propagators, Object[] captured, Runnable action) {
    Swap swap = null;
    if (captured != null) {
      try {
        swap = new Swap(propagators, captured);
        swap.in();
      } catch (Throwable failure) {
        LOG.log(Level.WARNING, "ContextPropagator failed to put the caller's context in place", failure);
      }
    }
    try {
      action.run();
    } finally {
      if (swap != null) {
        swap.back();
      }
    }
  }

  /** One swap of contexts on the current thread: in, then back to what the thread held. */
  private static final class Swap {
    private final List<ContextPropagator<?>> propagators;
    private final Object[] captured;
    private final Object[] previous;
    private int swapped;

    Swap(List<ContextPropagator<?>> propagators, Object[] captured) {
      this.propagators = propagators;
      this.captured = captured;
      this.previous = capture(propagators);
    }

    void in() {
      while (swapped < captured.length) {
        restore(propagators.get(swapped), captured[swapped]);
        swapped++;
      }
    }

    /**
     * In reverse, and the one whose restore failed too: a failed swap leaves the thread as it found
     * it. Never throws: a context that cannot be put back is logged.
     */
    void back() {
      for (int i = Math.min(swapped, captured.length - 1); i >= 0; i--) {
        try {
          restore(propagators.get(i), previous[i]);
        } catch (Throwable failure) {
          LOG.log(Level.WARNING, "ContextPropagator failed to restore the thread's context", failure);
        }
      }
    }
  }

  @SuppressWarnings("unchecked") // captured by the same propagator
  private static <C> void restore(ContextPropagator<C> propagator, Object context) {
    propagator.restore((C) context);
  }
}
