package dev.asyncgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The bookkeeping of one {@link Scope}, under one lock: the forks not settled yet, the lambda
 * bodies running, the scopes nested in it, its failure, and the counts that tell whether {@code
 * join()} waited for every fork. A fork leaves as soon as it settles, so a long-lived scope holds
 * only what still runs.
 *
 * <p>Idle means no fork unsettled and no body running: a cancelled lambda fork's future settles at
 * once, while its body may still be unwinding from the interrupt, and the scope waits for both.
 */
final class ScopeForks {

  private final FirstFailure failure = new FirstFailure();

  // Guarded by this. Forks are kept by identity: a stage may override equals.
  private final Set<CompletionStage<?>> pending = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Scope> nested = Collections.newSetFromMap(new IdentityHashMap<>());
  private int running;
  private long forked;
  private long joined;
  private Throwable reported;
  private boolean cancelled;
  private boolean closing;
  private boolean closed;

  /** Adds {@code stage}, unless it is already in; {@code onFailure} hears its original exception. */
  void add(CompletionStage<?> stage, Consumer<Throwable> onFailure) {
    boolean refused;
    boolean cancelNow;
    synchronized (this) {
      refused = closed;
      if (!refused) {
        if (!pending.add(stage)) {
          return; // forked twice: once is enough
        }
        forked++;
      }
      cancelNow = cancelled;
    }
    if (refused) {
      StageSupport.tryCancel(stage, true);
      throw closedError();
    }
    stage.whenComplete(
        (value, thrown) -> {
          if (thrown != null) {
            onFailure.accept(StageSupport.unwrap(thrown));
          }
          settled(stage);
        });
    if (cancelNow) {
      StageSupport.tryCancel(stage, true);
    }
  }

  private synchronized void settled(CompletionStage<?> stage) {
    pending.remove(stage);
    wakeIfIdle();
  }

  synchronized void checkOpen() {
    if (closed) {
      throw closedError();
    }
  }

  private static IllegalStateException closedError() {
    return new IllegalStateException(
        "the scope is closed: fork inside its try block, before join() returns for the last time");
  }

  <T> Body<T> body(Scope scope, BlockingCall<? extends T> call) {
    return new Body<>(scope, call);
  }

  /**
   * A lambda fork's body, as its dispatcher runs it: counted while it runs, and never started once
   * its future is settled or the scope cancelled or closed.
   */
  final class Body<T> implements BlockingCall<T> {
    private final Scope scope;
    private final BlockingCall<? extends T> call;
    private volatile CompletableFuture<?> future;

    private Body(Scope scope, BlockingCall<? extends T> call) {
      this.scope = scope;
      this.call = call;
    }

    void started(CompletableFuture<?> future) {
      this.future = future;
    }

    @Override
    public T call() throws Throwable {
      synchronized (ScopeForks.this) {
        if (cancelled || closed) {
          throw new CancellationException("the scope was cancelled before this fork began");
        }
        running++;
      }
      try {
        // The count is up before this check, and the scope cancels before it reads the count: a
        // body that got past its future's own check as the scope cancelled stops here.
        CompletableFuture<?> self = future;
        if (self != null && self.isDone()) {
          throw new CancellationException("the fork was settled before it began");
        }
        return scope.runAsCurrent(call);
      } finally {
        synchronized (ScopeForks.this) {
          running--;
          wakeIfIdle();
        }
      }
    }
  }

  private void wakeIfIdle() {
    if (idle()) {
      notifyAll();
    }
  }

  private boolean idle() {
    return pending.isEmpty() && running == 0;
  }

  /** Waits until idle; returns the failure, which counts as reported. */
  synchronized Throwable join() throws InterruptedException {
    if (closed) {
      throw new IllegalStateException("the scope is closed: join() inside its try block");
    }
    while (!idle()) {
      wait();
    }
    joined = forked;
    reported = failure.first();
    return reported;
  }

  /** Waits until idle; an interrupt meanwhile is kept for the caller, not lost. */
  void awaitUninterruptibly() {
    boolean interrupted = false;
    synchronized (this) {
      while (!idle()) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Links a scope opened inside this one; {@code true} if this one is cancelled already. */
  synchronized boolean nest(Scope child) {
    if (!closed) {
      nested.add(child);
    }
    return cancelled;
  }

  synchronized void unnest(Scope child) {
    nested.remove(child);
  }

  /** What to cancel: the first call gets the forks and nested scopes; later calls {@code null}. */
  synchronized Cancelling cancel() {
    if (cancelled) {
      return null;
    }
    cancelled = true;
    return new Cancelling(List.copyOf(pending), List.copyOf(nested));
  }

  record Cancelling(List<CompletionStage<?>> stages, List<Scope> nested) {}

  boolean fail(Throwable cause) {
    return failure.add(cause);
  }

  boolean failIfFirst(Throwable cause) {
    return failure.addIfFirst(cause);
  }

  Throwable failure() {
    return failure.first();
  }

  /** Starts closing: {@code null} if closing already, else what {@code close()} found. */
  synchronized Closing beginClose(Thread owner) {
    if (closing) {
      return null;
    }
    closing = true;
    List<Scope> leftOpen = new ArrayList<>();
    for (Scope child : nested) {
      if (child.owner() == owner) {
        leftOpen.add(child); // on other threads they live inside our forks, which we wait for
      }
    }
    // A lambda fork is both an unsettled future and a running body: count forks, not both.
    int unjoined = forked == joined ? 0 : Math.max(pending.size(), running);
    return new Closing(unjoined, leftOpen, reported);
  }

  synchronized void markClosed() {
    closed = true;
  }

  /**
   * What {@code close()} found: how many forks still ran that {@code join()} had not waited for,
   * the nested scopes left open on the owner's thread, and the failure {@code join()} reported.
   */
  record Closing(int unjoined, List<Scope> leftOpen, Throwable reported) {

    boolean mustCancel() {
      return unjoined > 0 || !leftOpen.isEmpty();
    }

    /** The error {@code close()} throws, or {@code null}; {@code failure} is the scope's. */
    IllegalStateException misuse(Throwable failure) {
      if (!leftOpen.isEmpty()) {
        return new IllegalStateException(
            "Scope closed while " + leftOpen.size() + " scope(s) opened inside it were still open"
                + " on the same thread; they were cancelled and closed. Close scopes in the"
                + " reverse order of opening, as try-with-resources does",
            failure);
      }
      if (unjoined > 0) {
        return new IllegalStateException(
            "Scope closed without join() after its last fork: " + unjoined + " fork(s) still"
                + " running were cancelled. End the try block with scope.join() to wait for them"
                + " (if the block threw, this is expected)",
            failure);
      }
      if (failure != null && failure != reported) {
        return new IllegalStateException(
            "Scope closed without join() after its last fork, and the scope failed (the cause)."
                + " End the try block with scope.join(), which throws the failure",
            failure);
      }
      return null;
    }
  }

  @Override
  public synchronized String toString() {
    return "forks=" + forked + ", unsettled=" + pending.size() + ", running=" + running
        + (cancelled ? ", cancelled" : "") + (closed ? ", closed" : "");
  }
}
