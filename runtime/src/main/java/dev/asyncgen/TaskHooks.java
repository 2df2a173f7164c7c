package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CancellationException;

/**
 * The work around a {@link TaskFuture} with options (timers, listeners, a bulkhead, attempts), and
 * the flag that a party has claimed the right to settle the task, which only such a call needs: a
 * plain call has no hooks, and its future's own completion decides.
 */
abstract class TaskHooks {

  private static final VarHandle CLAIMED =
      VarHandles.field(MethodHandles.lookup(), "claimed", boolean.class);

  @SuppressWarnings("unused") // accessed through CLAIMED
  private volatile boolean claimed;

  /** Claims the right to settle the task. Only the first caller gets {@code true}. */
  final boolean claim() {
    return CLAIMED.compareAndSet(this, false, true);
  }

  /** Whether a party has claimed the task: it is settled, or being settled. */
  final boolean claimed() {
    return claimed;
  }

  /**
   * Told once how the task settled, before anyone waiting on it wakes. {@code failure} is {@code
   * null} on success, a {@link CancellationException} if cancelled, else the cause {@code get()}
   * reports.
   */
  abstract void settled(TaskFuture<?> task, Throwable failure);

  /** Told once after the call ran, on the thread that ran it; not if it never started. */
  abstract void ran();
}
