package dev.asyncgen;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The concurrency limit of {@link AsyncOptions#withMaxConcurrency}: lets at most {@link
 * #maxConcurrency()} calls run at once; the rest wait in FIFO order, in this object rather than in
 * a blocked thread, up to {@link #maxWaiting()} of them; beyond that a call fails at once. A slot
 * is taken when a call is handed to its executor and given back when the call's work has ended (it
 * returned or threw; for a call that returns a {@code CompletionStage}, that stage settled), before
 * its future completes, so that whoever sees the future done finds the slot free; or when the
 * executor refused it, or a call settled from outside has stopped running. A failing, cancelled or
 * rejected call never keeps one.
 *
 * <p>One instance is shared by every facade built or derived from the options that created it. Its
 * settings never change; its counts, {@link #running()} and {@link #waiting()}, are there for
 * monitoring (a gauge of calls running and waiting) and tests.
 */
public final class Bulkhead {

  private final int maxConcurrency;
  private final int maxWaiting;

  // Guarded by this. Keyed by identity (CompletableFuture does not override equals); insertion
  // order is FIFO, and a task settled while waiting leaves in O(1).
  private final LinkedHashMap<TaskFuture<?>, Executor> waiting = new LinkedHashMap<>();
  private int running;

  Bulkhead(int maxConcurrency, int maxWaiting) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
    }
    if (maxWaiting < 0) {
      throw new IllegalArgumentException("maxWaiting must not be negative, was " + maxWaiting);
    }
    this.maxConcurrency = maxConcurrency;
    this.maxWaiting = maxWaiting;
  }

  /** The most calls that run at once. */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Starts {@code task} (one with {@linkplain TaskFuture#hooks() hooks}) on {@code executor} now if
   * a slot is free, else queues it; if the queue is full too, fails it with a {@link
   * RejectedExecutionException} naming {@code method}, as a full executor would. A task settled
   * already (its timeout expired on the way here) is dropped: it would never run.
   */
  void submit(String method, TaskFuture<?> task, Executor executor) {
    String full;
    synchronized (this) {
      // Under the lock that settledBeforeStart() takes after the task is claimed: either this sees
      // it settled, or that finds it queued or holding its slot. Checked before, it could settle
      // in between and stay in the queue, counted and taking room, until its turn came.
      if (task.isSettled()) {
        return;
      }
      if (running < maxConcurrency) {
        running++;
        task.hooks().holdsSlot = true;
        full = null;
      } else if (waiting.size() < maxWaiting) {
        waiting.put(task, executor);
        return;
      } else {
        full = method + " refused: " + this + " is full";
      }
    }
    if (full != null) {
      task.refuse(new RejectedExecutionException(full));
    } else {
      startHoldingSlot(task, executor);
    }
  }

  /**
   * A task being settled from outside (cancelled, timed out, completed) before it started. Queued,
   * it leaves the queue. Holding a slot, handed to its executor or about to be, it gives the slot
   * back now, unless it has begun to run: its executor may not run it for a long time, or ever (a
   * pool shut down with {@code shutdownNow}), and a cancelled call always frees its slot. As after
   * a run, a call the slot goes to starts in {@link #ran}, once the task's future has completed.
   */
  void settledBeforeStart(TaskFuture<?> task) {
    synchronized (this) {
      if (waiting.remove(task) != null || !task.hooks().holdsSlot) {
        return;
      }
    }
    if (task.neverRun()) {
      ended(task.hooks());
    }
  }

  /**
   * The work of a task that holds a slot has ended, and its future is about to complete: the slot
   * is freed now, or goes to the task that has waited longest, which {@link #ran} starts once the
   * future has completed. So a caller who sees a call's future done finds its slot free, and a
   * call it makes then is not refused or queued for a slot that is about to be free.
   */
  void ended(TaskHooks hooks) {
    if (hooks.slotPassedTo == null) {
      hooks.slotPassedTo = freeSlot();
    }
  }

  /**
   * A task that held a slot is done with it ({@link TaskHooks#ran()}, or {@link
   * #settledBeforeStart}): the waiting task its slot went to starts now; if its work never ended
   * ({@link #ended}: it skipped its body, settled before it ran), the slot is freed or passed on
   * first. A task that ends while this bulkhead is still handing it to the executor leaves the
   * start to that loop instead.
   *
   * <p>So the next queued call is started by the thread that ends this one: the thread that ran
   * it, the one that settled the stage it returned, or the one that settled it from outside (a
   * canceller, the timer thread of a timeout). Starting is handing it to its executor; an executor
   * that runs it in {@code execute} (a same-thread one) runs it on that thread.
   */
  void ran(TaskHooks hooks) {
    ended(hooks); // if its work never ended: it skipped its body, or never ran
    Turn next = hooks.slotPassedTo;
    if (!hooks.endedWhileStarting() && next != NOBODY) {
      startHoldingSlot(next.task(), next.executor());
    }
  }

  /** Calls holding a slot: running, or handed to the executor and about to run. */
  public synchronized int running() {
    return running;
  }

  /** The most calls that wait for a slot; more are rejected. */
  public int maxWaiting() {
    return maxWaiting;
  }

  /** Calls waiting for a slot. */
  public synchronized int waiting() {
    return waiting.size();
  }

  @Override
  public String toString() {
    return "Bulkhead{maxConcurrency=" + maxConcurrency + ", running=" + running() + ", waiting=" + waiting()
        + (maxWaiting == Integer.MAX_VALUE ? "" : " of " + maxWaiting) + "}";
  }

  /**
   * Hands {@code task}, which holds a slot, to {@code executor}. A loop, not recursion, passes the
   * slot on when the executor refuses the task, or runs it to its end before {@code execute}
   * returns (a same-thread executor, {@code CallerRunsPolicy}): the task's end then leaves the
   * start of the next one to this loop ({@link TaskHooks#beginStart()}). Starting the next task
   * from inside the last one's took a stack frame per queued call, and a long queue overflowed the
   * stack.
   */
  private void startHoldingSlot(TaskFuture<?> task, Executor executor) {
    while (true) {
      TaskHooks hooks = task.hooks();
      hooks.beginStart();
      Turn next;
      Throwable refusal = task.handTo(executor);
      if (refusal != null) {
        // Refused, it will never run: its slot passes on before it fails, so that whoever sees
        // it failed finds the slot free.
        next = freeSlot();
        task.failRefused(refusal);
      } else if (hooks.endStart()) {
        return; // it runs, and gives its slot back when it ends
      } else {
        next = hooks.slotPassedTo; // it has ended already, and left its slot's next turn to us
      }
      if (next == NOBODY) {
        return;
      }
      task = next.task();
      executor = next.executor();
    }
  }

  /** Frees a slot: the task that has waited longest gets it, or, with none waiting, it is free. */
  private synchronized Turn freeSlot() {
    Iterator<Map.Entry<TaskFuture<?>, Executor>> it = waiting.entrySet().iterator();
    if (!it.hasNext()) {
      running--;
      return NOBODY;
    }
    Map.Entry<TaskFuture<?>, Executor> first = it.next();
    Turn next = new Turn(first.getKey(), first.getValue());
    it.remove();
    next.task().hooks().holdsSlot = true;
    return next;
  }

  /** A task's turn at a slot, on its executor. */
  record Turn(TaskFuture<?> task, Executor executor) {}

  /** The turn that goes to no one: the slot was freed. */
  static final Turn NOBODY = new Turn(null, null);
}
