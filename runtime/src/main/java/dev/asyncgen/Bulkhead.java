package dev.asyncgen;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The concurrency limit of {@link AsyncOptions#withMaxConcurrency}: lets at most {@link #limit()}
 * calls run at once; the rest wait in FIFO order, in this object rather than in a blocked thread.
 * A slot is taken when a call is handed to its executor and given back when the call has run or
 * the executor refused it, so a failing, cancelled or rejected call never keeps one.
 *
 * <p>Its counts are there for monitoring (a gauge of calls running and waiting) and tests.
 */
public final class Bulkhead {

  private final int limit;

  // Guarded by this. Keyed by identity (CompletableFuture does not override equals); insertion
  // order is FIFO, and a task settled while waiting leaves in O(1).
  private final LinkedHashMap<TaskFuture<?>, Executor> waiting = new LinkedHashMap<>();
  private int running;

  Bulkhead(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /** The most calls that run at once. */
  public int limit() {
    return limit;
  }

  /** Starts {@code task} on {@code executor} now if a slot is free, else queues it. */
  void submit(TaskFuture<?> task, Executor executor) {
    synchronized (this) {
      if (running >= limit) {
        waiting.put(task, executor);
        return;
      }
      running++;
    }
    startHoldingSlot(task, executor);
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

  /** Calls waiting for a slot. */
  public synchronized int waiting() {
    return waiting.size();
  }

  @Override
  public String toString() {
    return "Bulkhead{limit=" + limit + ", running=" + running() + ", waiting=" + waiting() + "}";
  }

  /** A loop, not recursion: an executor refusing a long queue must not overflow the stack. */
  private void startHoldingSlot(TaskFuture<?> task, Executor executor) {
    while (!Dispatcher.tryExecute(task, executor)) {
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
