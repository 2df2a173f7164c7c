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
 * is taken when a call is handed to its executor and given back when the call has run or the
 * executor refused it, so a failing, cancelled or rejected call never keeps one.
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
   * Starts {@code task} on {@code executor} now if a slot is free, else queues it; if the queue is
   * full too, fails it with a {@link RejectedExecutionException} naming {@code method}, as a full
   * executor would.
   */
  void submit(String method, TaskFuture<?> task, Executor executor) {
    String full;
    synchronized (this) {
      if (running < maxConcurrency) {
        running++;
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

  /** A queued task settled before it started (cancelled, timed out): forget it. */
  synchronized void withdraw(TaskFuture<?> task) {
    waiting.remove(task);
  }

  /** A task that held a slot has run: the slot goes to the next waiting task, or is freed. */
  void release() {
    Map.Entry<TaskFuture<?>, Executor> next = passSlot();
    if (next != null) {
      startHoldingSlot(next.getKey(), next.getValue());
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

  /** A loop, not recursion: an executor refusing a long queue must not overflow the stack. */
  private void startHoldingSlot(TaskFuture<?> task, Executor executor) {
    while (!task.startOn(executor)) {
      // Refused: the task has failed and will never run, so its slot passes on.
      Map.Entry<TaskFuture<?>, Executor> next = passSlot();
      if (next == null) {
        return;
      }
      task = next.getKey();
      executor = next.getValue();
    }
  }

  private synchronized Map.Entry<TaskFuture<?>, Executor> passSlot() {
    Iterator<Map.Entry<TaskFuture<?>, Executor>> it = waiting.entrySet().iterator();
    if (!it.hasNext()) {
      running--;
      return null;
    }
    Map.Entry<TaskFuture<?>, Executor> first = it.next();
    Map.Entry<TaskFuture<?>, Executor> next = Map.entry(first.getKey(), first.getValue());
    it.remove();
    return next;
  }
}
