package dev.asyncgen;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Lets at most {@link #limit()} tasks run at once; the rest wait in FIFO order, in this object
 * rather than in a blocked thread. A slot is taken when a task is handed to its executor and given
 * back when the task has run or the executor refused it, so a failing, cancelled or rejected task
 * never keeps one.
 */
final class Bulkhead {

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

  int limit() {
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

  synchronized int running() {
    return running;
  }

  synchronized int waiting() {
    return waiting.size();
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
