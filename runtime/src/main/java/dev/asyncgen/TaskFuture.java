package dev.asyncgen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * The future of one blocking call, and the task that runs it.
 *
 * <p>A plain {@link CompletableFuture} forgets the work behind it: {@code cancel(true)} does not
 * interrupt, and a cancelled task still starts. This one remembers the thread running the call, so
 * that whatever settles it from outside ({@code cancel(true)}, a timeout, {@code complete}, {@code
 * completeExceptionally}, even the JDK's own {@code orTimeout}) interrupts the running call, and
 * once it is settled the call never starts. Only {@code cancel(false)} leaves a running call alone.
 *
 * <p>An interrupt it delivers never outlives the call: the runner waits for it to land and clears
 * it before returning the thread to its pool.
 */
final class TaskFuture<T> extends CompletableFuture<T> implements Runnable {

  /** {@link #runner} once the call has returned; nothing can interrupt it any more. */
  private static final Object FINISHED = "finished";

  /** {@link #runner} while a canceller is delivering its interrupt. */
  private static final Object INTERRUPTING = "interrupting";

  private static final VarHandle RUNNER;

  static {
    try {
      RUNNER = MethodHandles.lookup().findVarHandle(TaskFuture.class, "runner", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final BlockingCall<?> body;
  private final boolean relaysStage;
  private final Runnable afterRun;

  /** {@code null} before the run, the running {@link Thread}, then {@link #INTERRUPTING} or {@link #FINISHED}. */
  @SuppressWarnings("unused") // accessed through RUNNER
  private volatile Object runner;

  /** The stage returned by a call whose result is itself asynchronous; cancelled with this one. */
  private volatile CompletionStage<?> relayed;

  /**
   * @param body the call; it returns a {@code T}, or a {@code CompletionStage<? extends T>} if
   *     {@code relaysStage}
   * @param afterRun runs once after the call, on the thread that ran it; may be {@code null}
   */
  TaskFuture(BlockingCall<?> body, boolean relaysStage, Runnable afterRun) {
    this.body = body;
    this.relaysStage = relaysStage;
    this.afterRun = afterRun;
  }

  @Override
  public void run() {
    Thread self = Thread.currentThread();
    if (!RUNNER.compareAndSet(this, null, self)) {
      return; // run twice by a faulty executor: the first run owns the task
    }
    boolean settledByUs = false;
    try {
      // Re-checked after claiming the task: a cancel that saw no runner yet left it to us.
      if (!isDone()) {
        settledByUs = settle(body.call());
      }
    } catch (Throwable failure) {
      settledByUs = super.completeExceptionally(failure);
    } finally {
      if (settledByUs) {
        // We completed the future, so nobody else did, and only whoever completes it interrupts
        // the runner: no interrupt can be on its way. A plain store will do, and saves the
        // fenced compare-and-set of finishRunning on every call that ends normally.
        RUNNER.setRelease(this, FINISHED);
      } else {
        finishRunning(self);
      }
      if (afterRun != null) {
        afterRun.run();
      }
    }
  }

  /**
   * Fails the task without running it, e.g. because its executor refused it. Returns {@code false}
   * if a runner got to it first: then the runner owns it, and this does nothing.
   */
  boolean refuse(Throwable reason) {
    if (!RUNNER.compareAndSet(this, null, FINISHED)) {
      return false;
    }
    super.completeExceptionally(reason);
    return true;
  }

  /** Whether a thread has begun to run this task (or it was refused). */
  boolean started() {
    return runner != null;
  }

  /**
   * Completes this future with the call's result, or starts relaying the stage it returned.
   * Returns whether this completed the future: {@code false} if someone else settled it first, or
   * while a relayed stage is still to complete it.
   */
  @SuppressWarnings("unchecked") // the factories tie the body's result type to relaysStage
  private boolean settle(Object result) {
    if (!relaysStage) {
      return super.complete((T) result);
    }
    CompletionStage<? extends T> stage = (CompletionStage<? extends T>) result;
    if (stage == null) {
      return super.completeExceptionally(
          new NullPointerException("the call returned null instead of a CompletionStage"));
    }
    relayed = stage;
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            TaskFuture.super.complete(value);
          } else {
            TaskFuture.super.completeExceptionally(unwrap(failure));
          }
        });
    if (isDone()) {
      cancelRelayed(); // settled from outside while we were relaying
    }
    return false; // the stage completes us later, maybe on another thread: keep the protocol
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      abandon(mayInterruptIfRunning);
    }
    return cancelled;
  }

  @Override
  public boolean complete(T value) {
    boolean completed = super.complete(value);
    if (completed) {
      abandon(true);
    }
    return completed;
  }

  @Override
  public boolean completeExceptionally(Throwable failure) {
    boolean completed = super.completeExceptionally(failure);
    if (completed) {
      abandon(true);
    }
    return completed;
  }

  /** The result is no longer wanted: stop the work behind it. */
  private void abandon(boolean interrupt) {
    if (interrupt) {
      interruptRunner();
    }
    cancelRelayed();
  }

  private void cancelRelayed() {
    if (relayed instanceof Future<?> future) {
      future.cancel(true);
    }
  }

  private void interruptRunner() {
    Object current = runner;
    if (current instanceof Thread thread && RUNNER.compareAndSet(this, thread, INTERRUPTING)) {
      try {
        thread.interrupt();
      } finally {
        runner = FINISHED;
      }
    }
  }

  /**
   * Marks the call finished. If a canceller got in first, waits for its interrupt to land and
   * clears it: an interrupt meant for this call must not hit the next task on a pooled thread.
   */
  private void finishRunning(Thread self) {
    if (!RUNNER.compareAndSet(this, self, FINISHED)) {
      while (runner == INTERRUPTING) {
        Thread.onSpinWait();
      }
      Thread.interrupted();
    }
  }

  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
