package dev.asyncgen;

import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The future of one blocking call, and the task that runs it.
 *
 * <p>A plain {@link CompletableFuture} forgets the work behind it: {@code cancel(true)} does not
 * interrupt, and a cancelled task still starts. This one remembers the thread running the call, so
 * that whatever settles it from outside ({@code cancel(true)}, a timeout, {@code complete}, {@code
 * completeExceptionally}, {@code obtrude…}, {@code completeAsync}, even the JDK's own {@code
 * orTimeout} and {@code completeOnTimeout}) interrupts the running call, and once it is settled the
 * call never starts. Only {@code cancel(false)} leaves a running call alone; a stage the call
 * returned is cancelled with the same {@code mayInterruptIfRunning}.
 *
 * <p>Exactly one party settles it: the call itself, or someone from outside. That party first
 * tells the {@link TaskHooks} (listeners, timers, the bulkhead queue), then completes the future, so
 * whoever waits on the future finds all of that done.
 *
 * <p>An interrupt it delivers never outlives the call: the runner waits for it to land and clears
 * it before returning the thread to its pool.
 *
 * <p>A plain call's future is 40 bytes, and the {@linkplain UnobservedFailures unobserved-failure
 * report} must not make it bigger, so every field earns its place: the flag that a party has
 * claimed the right to settle lives in the {@link TaskHooks} (a plain call has none, and needs none),
 * and whether the call returns a stage is told by {@link #relayed} itself. That leaves room for
 * the report's {@link #label}.
 */
final class TaskFuture<T> extends FacadeFuture<T> implements Runnable {

  // Past 300 lines for the comments of its lock-free hand-offs (the runner's interrupt, the
  // relayed stage's cancel), which belong beside the code they explain; the code is ~220 lines.

  private static final System.Logger LOG = System.getLogger("dev.asyncgen");

  /** {@link #runner} once the call has returned; nothing can interrupt it any more. */
  private static final Object FINISHED = "finished";

  /** {@link #runner} of a task settled from outside before it ran: it never will ({@link #neverRun}). */
  private static final Object NEVER_RAN = "never ran";

  /** {@link #runner} while a canceller is delivering its interrupt. */
  private static final Object INTERRUPTING = "interrupting";

  /** {@link #relayed} of a call that returns a stage, until it has returned one. */
  private static final Object RELAYS = "relays";

  /**
   * {@link #relayed} of a call that returns a stage, settled from outside before it returned one:
   * the stage is to be cancelled when it comes, with or without an interrupt.
   */
  private static final Object ABANDONED = "abandoned";
  private static final Object ABANDONED_INTERRUPTING = "abandoned, interrupting";

  private static final VarHandle RUNNER =
      VarHandles.field(MethodHandles.lookup(), "runner", Object.class);
  private static final VarHandle RELAYED =
      VarHandles.field(MethodHandles.lookup(), "relayed", Object.class);
  private static final VarHandle LABEL =
      VarHandles.field(MethodHandles.lookup(), "label", Object.class);

  private final BlockingCall<?> body;
  private final TaskHooks hooks;

  /**
   * {@code null} before the run, the running {@link Thread}, then {@link #INTERRUPTING} or {@link
   * #FINISHED}; or {@link #NEVER_RAN}, for good.
   */
  @SuppressWarnings("unused") // accessed through RUNNER
  private volatile Object runner;

  /**
   * {@code null} for a call that returns its value, for good; for one that returns a stage, {@link
   * #RELAYS} until it has, then that stage, which is cancelled with this future (or {@link
   * #ABANDONED}, {@link #ABANDONED_INTERRUPTING} if this future was settled from outside first).
   */
  private volatile Object relayed;

  /**
   * For the {@linkplain UnobservedFailures unobserved-failure report}: the method's name, {@code
   * null} if the report is off; then the report's watch, or its mark that the failure was seen.
   * Written plainly here, then only through {@link #LABEL}.
   */
  @SuppressWarnings("unused") // read and changed through LABEL, once the task has failed
  private Object label;

  /**
   * @param label the method's name if a failure nobody observes is to be reported, else {@code
   *     null}
   * @param body the call; it returns a {@code T}, or a {@code CompletionStage<? extends T>} if
   *     {@code relaysStage}
   * @param hooks told how the task settled, when its work ended and that it ran; {@code null} for a
   *     plain call
   */
  TaskFuture(String label, BlockingCall<?> body, boolean relaysStage, TaskHooks hooks) {
    this.body = body;
    this.hooks = hooks;
    this.label = label;
    if (relaysStage) {
      RELAYED.set(this, RELAYS); // a plain store, as for the final fields: the executor publishes it
    }
  }

  /** A task whose failures are never reported: a test's, or one attempt of a retried call. */
  TaskFuture(BlockingCall<?> body, boolean relaysStage, TaskHooks hooks) {
    this(null, body, relaysStage, hooks);
  }

  @Override
  @SuppressWarnings("unchecked") // the constructor's contract ties the body's result to relaysStage
  public void run() {
    Thread self = Thread.currentThread();
    if (!RUNNER.compareAndSet(this, null, self)) {
      return; // run twice by a faulty executor: the first run owns the task
    }
    boolean settledHere = false;
    CompletionStage<? extends T> stage = null;
    try {
      // Re-checked after claiming the run: a canceller that saw no runner yet left it to us.
      if (!isSettled()) {
        Object result = body.call();
        // A plain read: it is null for good in a call that returns its value, and never null in
        // one that returns a stage.
        if (RELAYED.get(this) == null || result == null) { // null: no stage, as a cache's miss
          ended();
          settledHere = succeed((T) result);
        } else {
          relayTo((CompletionStage<? extends T>) result);
          stage = (CompletionStage<? extends T>) result;
        }
      }
    } catch (Throwable failure) {
      ended();
      // Even a CompletionException the call threw itself stays the cause get() reports.
      settledHere = fail(failure, StageSupport.storable(failure));
    } finally {
      finishRunning(self, settledHere);
      if (stage != null) {
        follow(stage); // the hooks hear that it ran once the stage has settled
      } else if (hooks != null) {
        hooks.ran();
      }
    }
  }

  /**
   * Hands this task to {@code executor}. Returns {@code false} if the executor refused it: then the
   * task has failed with the executor's exception and will never run.
   */
  boolean startOn(Executor executor) {
    Throwable refusal = handTo(executor);
    if (refusal == null) {
      return true;
    }
    failRefused(refusal);
    return false;
  }

  /**
   * Hands this task to {@code executor}. If the executor refused it, the task is claimed, so that
   * it never runs, and the refusal is returned, for the caller to fail it with ({@link
   * #failRefused}) once what it holds for the task is given back; else {@code null}.
   */
  Throwable handTo(Executor executor) {
    try {
      executor.execute(this);
      return null;
    } catch (Throwable thrown) {
      if (RUNNER.compareAndSet(this, null, FINISHED)) {
        return thrown;
      }
      if (runner != NEVER_RAN) {
        // The task ran, or runs, and owns its outcome: what execute() threw is not a refusal. A
        // same-thread executor let it out of run() itself, which catches what the call throws.
        LOG.log(
            Level.ERROR,
            "the executor threw from execute() after the task had begun to run; the task keeps"
                + " its own outcome",
            thrown);
      }
      return null; // settled from outside, it would not have run anyway
    }
  }

  /** Fails a task that {@link #handTo} found refused, with the executor's exception. */
  void failRefused(Throwable refusal) {
    fail(refusal, StageSupport.storable(refusal));
  }

  /**
   * Fails the task without running it, e.g. because its bulkhead is full. Returns {@code false}
   * if a runner got to it first: then the runner owns it, and this does nothing.
   */
  boolean refuse(Throwable reason) {
    if (!RUNNER.compareAndSet(this, null, FINISHED)) {
      return false;
    }
    failRefused(reason);
    return true;
  }

  /**
   * For a task being settled from outside before it ran: makes sure it never will, so that what it
   * held to run (its concurrency slot) can be given back as it settles, not when its executor gets
   * to it, which may be never (a pool shut down with {@code shutdownNow}); the hooks hear {@link
   * TaskHooks#ran()} once its future has completed. Returns {@code false} if a runner or a refusal
   * got to it first; those give back what the task held themselves.
   */
  boolean neverRun() {
    return RUNNER.compareAndSet(this, null, NEVER_RAN);
  }

  /** Whether a thread has begun to run this task (or it was refused, or will never run). */
  boolean started() {
    return runner != null;
  }

  /** The hooks told how the task settled and when it ran; {@code null} for a plain call. */
  TaskHooks hooks() {
    return hooks;
  }

  /**
   * Keeps the stage the call returned, so that settling this future from outside cancels it; if
   * that happened already, cancels it now, as the party that settled it asked.
   */
  private void relayTo(CompletionStage<? extends T> stage) {
    Object abandoned = RELAYED.compareAndExchange(this, RELAYS, stage);
    if (abandoned != RELAYS) {
      StageSupport.tryCancel(stage, abandoned == ABANDONED_INTERRUPTING);
    }
  }

  /** Settles the task as {@code stage} settles, and then tells the hooks that it ran. */
  private void follow(CompletionStage<? extends T> stage) {
    try {
      stage.whenComplete(
          (value, failure) -> {
            ended();
            if (failure == null) {
              succeed(value);
            } else {
              // Stored as the stage holds it, so that get() and join() report what they would on
              // the stage itself; the hooks hear of the cause a CompletionException wraps.
              fail(StageSupport.unwrap(failure), failure);
            }
            if (hooks != null) {
              hooks.ran();
            }
          });
    } catch (Throwable failure) { // a stage of the user's own that cannot be followed
      ended();
      fail(failure, StageSupport.storable(failure));
      if (hooks != null) {
        hooks.ran();
      }
    }
  }

  /** The call's work has ended: the hooks give back what it held, before it settles. */
  private void ended() {
    if (hooks != null) {
      hooks.ended();
    }
  }

  /** Settles the task with {@code value}; {@code true} if this call settled it. */
  private boolean succeed(T value) {
    return decide(null) && super.complete(value);
  }

  /**
   * Settles the task with {@code stored}; the hooks hear of {@code failure}, the call's own. A
   * failure nobody waits for yet is watched, for the unobserved-failure report.
   */
  private boolean fail(Throwable failure, Throwable stored) {
    if (!decide(failure)) {
      return false;
    }
    boolean unheard = label != null && getNumberOfDependents() == 0;
    if (!super.completeExceptionally(stored)) {
      return false;
    }
    if (unheard && !(failure instanceof CancellationException)) {
      UnobservedFailures.failed(this, LABEL, failure);
    }
    return true;
  }

  @Override
  void failureObserved() {
    UnobservedFailures.observed(this, LABEL);
  }

  /**
   * Claims the right to settle and tells the hooks, before anything completes. Only the first
   * caller wins. Without hooks there is nothing to tell first: the future's own completion
   * decides, and this saves an atomic operation a call.
   */
  private boolean decide(Throwable failure) {
    if (hooks == null) {
      return true;
    }
    if (!hooks.claim()) {
      return false;
    }
    hooks.settled(this, failure);
    return true;
  }

  /** Whether the task is settled, or being settled by the party that decided it. */
  boolean isSettled() {
    return hooks == null ? isDone() : hooks.claimed();
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    CancellationException cancelled = new CancellationException();
    if (!decide(cancelled)) {
      return isCancelled();
    }
    // What super.cancel stores, but this says whether this call stored it: super.cancel also
    // answers true when a cancel(false) before it, or the call's own CancellationException, won.
    // Only the party that settled the task may interrupt its runner.
    if (!super.completeExceptionally(cancelled)) {
      return isCancelled();
    }
    abandon(mayInterruptIfRunning);
    return true;
  }

  @Override
  public boolean complete(T value) {
    boolean completed = succeed(value);
    if (completed) {
      abandon(true);
    }
    return completed;
  }

  @Override
  public boolean completeExceptionally(Throwable failure) {
    Objects.requireNonNull(failure, "failure"); // before deciding: a refusal must change nothing
    boolean completed = fail(StageSupport.unwrap(failure), failure);
    if (completed) {
      abandon(true);
    }
    return completed;
  }

  /**
   * The result is no longer wanted: stop the work behind it, interrupting only if {@code
   * interrupt}; {@code cancel(false)} leaves the call alone, and a stage it returned gets {@code
   * cancel(false)} too.
   */
  private void abandon(boolean interrupt) {
    if (interrupt) {
      interruptRunner();
    }
    Object stage = relayed;
    if (stage == RELAYS) {
      // No stage yet: leave word for the runner, unless it brings one now.
      stage = RELAYED.compareAndExchange(this, RELAYS, interrupt ? ABANDONED_INTERRUPTING : ABANDONED);
    }
    if (stage instanceof CompletionStage<?> relayedStage) {
      StageSupport.tryCancel(relayedStage, interrupt); // never throws, whatever kind of stage it is
    }
    if (runner == NEVER_RAN && hooks != null) {
      // Settled before it ran, it gave its slot on as it settled (neverRun); the call that
      // waited for the slot starts now, after this future has completed, as after a run.
      hooks.ran();
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
   *
   * <p>Only the party that settled the task interrupts its runner, so a runner that settled it
   * itself has no canceller to wait for and skips the compare-and-set (about 5 ns a call). A
   * {@code cancel(true)} after a {@code cancel(false)} did not settle it, so it interrupts no one.
   */
  private void finishRunning(Thread self, boolean settledHere) {
    if (settledHere) {
      // A release store, not a volatile one: no one acts on this value (only the settling party
      // interrupts), it only lets go of the thread. Saves the fence, a locked instruction.
      RUNNER.setRelease(this, FINISHED);
      return;
    }
    if (!RUNNER.compareAndSet(this, self, FINISHED)) {
      while (runner == INTERRUPTING) {
        Thread.onSpinWait();
      }
      Thread.interrupted();
    }
  }
}
