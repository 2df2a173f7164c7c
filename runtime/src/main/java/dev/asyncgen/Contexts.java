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
   * held before, which on a pooled thread clears the context.
   */
  static BlockingCall<?> around(
      List<ContextPropagator<?>> propagators, Object[] captured, BlockingCall<?> body) {
    if (captured == null) {
      return body;
    }
    return () -> {
      Object[] previous = capture(propagators);
      int swapped = 0;
      try {
        while (swapped < captured.length) {
          restore(propagators.get(swapped), captured[swapped]);
          swapped++;
        }
        return body.call();
      } finally {
        // In reverse, and the one whose restore failed too: a failed swap fails the call, and
        // leaves the thread as it found it.
        for (int i = Math.min(swapped, captured.length - 1); i >= 0; i--) {
          try {
            restore(propagators.get(i), previous[i]);
          } catch (Throwable failure) {
            LOG.log(Level.WARNING, "ContextPropagator failed to restore the thread's context", failure);
          }
        }
      }
    };
  }

  @SuppressWarnings("unchecked") // captured by the same propagator
  private static <C> void restore(ContextPropagator<C> propagator, Object context) {
    propagator.restore((C) context);
  }
}
