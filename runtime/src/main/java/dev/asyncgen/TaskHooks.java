package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CancellationException;

/**
 * The work around a {@link TaskFuture} with options (timers, listeners, a bulkhead, attempts), and
 * the flag that a party has claimed the right to settle the task, which only such a call needs: a
 * plain call has no hooks, and its future's own completion decides.
 *
 * <p>It also carries the hand-off that keeps a {@link Bulkhead} from recursing: see {@link
 * #beginStart()}.
 */
abstract class TaskHooks {

  private static final VarHandle CLAIMED =
      VarHandles.field(MethodHandles.lookup(), "claimed", boolean.class);
  private static final VarHandle START =
      VarHandles.field(MethodHandles.lookup(), "start", int.class);

  /** {@link #start}: the bulkhead is handing the task to its executor. */
  private static final int STARTING = 1;

  /** {@link #start}: the task ended while being handed over, leaving its slot to the starter. */
  private static final int ENDED_WHILE_STARTING = 2;

  /** {@link #start}: handed over; the task gives its slot back itself when it ends. */
  private static final int STARTED = 3;

  @SuppressWarnings("unused") // accessed through CLAIMED
  private volatile boolean claimed;

  @SuppressWarnings("unused") // accessed through START
  private volatile int start;

  /**
   * The {@link Bulkhead}'s, guarded by its lock: whether this task has been given a slot (so that
   * settled from outside before it runs, it gives the slot back then).
   */
  boolean holdsSlot;

  /**
   * The {@link Bulkhead}'s: where this task's slot went once its work ended, {@link
   * Bulkhead#NOBODY} if it was freed; {@code null} before. Written by the thread that ends the
   * task, before {@link #endedWhileStarting()} publishes it to the bulkhead's loop.
   */
  Bulkhead.Turn slotPassedTo;

  /** Claims the right to settle the task. Only the first caller gets {@code true}. */
  final boolean claim() {
    return CLAIMED.compareAndSet(this, false, true);
  }

  /** Whether a party has claimed the task: it is settled, or being settled. */
  final boolean claimed() {
    return claimed;
  }

  /**
   * The bulkhead is about to hand the task, which holds a slot, to its executor. An executor may
   * run it before {@code execute} returns (a same-thread one, {@code CallerRunsPolicy}, a pool
   * fast enough); if the task ends meanwhile, {@link #endedWhileStarting()} leaves its slot to the
   * starter, which passes it on in its loop once {@code execute} has returned, instead of the task
   * starting the next one from inside this one's start: that recursed once per queued call.
   */
  final void beginStart() {
    start = STARTING;
  }

  /**
   * The executor has taken the task: {@code true} if it has not ended yet, and will give its slot
   * back itself; {@code false} if it ended meanwhile and left the slot to the caller.
   */
  final boolean endStart() {
    return START.compareAndSet(this, STARTING, STARTED);
  }

  /**
   * For {@link #ran()}: {@code true} if the bulkhead is still handing the task over, which then
   * passes the slot on itself; {@code false} if the task is to give its slot back now.
   */
  final boolean endedWhileStarting() {
    return START.compareAndSet(this, STARTING, ENDED_WHILE_STARTING);
  }

  /**
   * Told once how the task settled, before anyone waiting on it wakes. {@code failure} is {@code
   * null} on success, a {@link CancellationException} if cancelled, else the cause {@code get()}
   * reports.
   */
  abstract void settled(TaskFuture<?> task, Throwable failure);

  /**
   * Told once the call's work has ended, by the thread that ended it, right before that thread
   * settles the task: the call returned or threw, or the stage it returned settled. (Also when the
   * task was settled from outside meanwhile, whose outcome stands; not for a call that never ran.)
   * {@link #ran()} follows. What the call held, its concurrency slot, is given back here, so that
   * whoever sees the task settled by its call finds the slot free.
   */
  void ended() {}

  /**
   * Told once when the task is done with its executor's thread and its concurrency slot, after it
   * settled: after the call returned or threw, and, for a call that returned a stage, once that
   * stage has settled too (on the thread that settled it). Also told when a task settled before it
   * ran is run, and finds nothing to do; not told for a task that never ran (refused by its
   * executor, or never handed to one).
   */
  abstract void ran();
}
