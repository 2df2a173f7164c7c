package dev.asyncgen;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/**
 * A structured scope for concurrent work (asyncio's {@code TaskGroup}, Kotlin's {@code
 * coroutineScope}, JDK 25's {@code StructuredTaskScope}), on Java 17: work forked into it never
 * outlives the {@code try} block.
 *
 * <pre>{@code
 * try (Scope scope = Scope.open(Duration.ofSeconds(5))) {
 *   CompletableFuture<User> user = scope.fork(users.find(id));        // a facade call
 *   CompletableFuture<List<Order>> orders = scope.fork(() -> db.orders(id)); // a blocking lambda
 *   scope.join();                     // waits for both; throws the first failure
 *   return new Report(user.join(), orders.join());
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Fork</b> a facade's future or any other {@link CompletionStage} ({@link
 *       #fork(CompletionStage)}), or a blocking lambda, which runs on the executor like a facade
 *       call (asyncio's {@code to_thread}; {@link #fork(BlockingCall)}, {@link
 *       #fork(BlockingRunnable)}). Any thread may fork, a fork's body included.
 *   <li><b>{@link #join()}</b> ends the block: it waits until every fork has finished and throws
 *       the scope's failure, if any.
 *   <li><b>The first failure cancels the rest</b>, with {@code cancel(true)}, which interrupts the
 *       blocking calls of facades and of lambda forks; forks made afterwards are cancelled at once.
 *       Failures follow {@link Gather#all}'s rules: {@code join} throws the first one, by {@link
 *       Await}'s rule (unchecked as itself, a checked one in an {@link AsyncException}, or as
 *       itself with {@link #join(Class)}); later ones are its suppressed exceptions, each instance
 *       once.
 *   <li><b>A cancelled fork is not a failure</b>, as in asyncio and Kotlin: cancel one fork and the
 *       others go on. (Here the scope departs from {@link Gather#all}, whose result needs every
 *       value.)
 *   <li><b>Leaving the block without {@code join()}</b>, by an exception, a {@code return} or the
 *       caller's interrupt, cancels the forks still running; {@link #close()} then waits until they
 *       have finished. Java's {@code try} does not tell {@code close()} whether the block threw,
 *       so, like {@code StructuredTaskScope} and unlike asyncio, the block's normal end is {@code
 *       join()}, and everything {@code join()} did not wait for is cancelled.
 *   <li><b>The caller's interrupt</b> during {@code join()} cancels the forks, waits for them, sets
 *       the interrupt flag again and throws an {@link AsyncException} whose cause is the {@link
 *       InterruptedException}.
 *   <li><b>A deadline</b> ({@link #open(Duration)}) for the whole scope: when it passes, the forks
 *       are cancelled and the scope fails with a {@link TimeoutException}, unless it has failed
 *       already. The scope does not interrupt the block's own code, as asyncio's {@code timeout}
 *       would cancel it: the block finds out at {@code join()}, or from a fork's future.
 *   <li><b>Nested scopes</b>: a scope opened inside another's block, or inside one of its lambda
 *       forks, is its child: cancelling the outer scope (failure, deadline, interrupt) cancels the
 *       inner one, whose {@code join()} then throws a {@link CancellationException} whose cause is
 *       the outer scope's failure.
 *   <li><b>Nothing leaks</b>: when {@code close()} returns, every fork's future is settled and no
 *       lambda fork's body is still running. A fork that ignores its interrupt keeps {@code
 *       close()} waiting, as {@code StructuredTaskScope} does; a stage {@link Stages#shield
 *       shielded} from cancellation is waited for too.
 * </ul>
 *
 * <p>{@code join()} and {@code close()} belong to the thread that opened the scope. {@code close()}
 * throws an {@link IllegalStateException} when the block ended without {@code join()} after its
 * last fork and {@code join()} would have had something to say: forks still running (now
 * cancelled), or a failure, which is then the exception's cause. When the block threw, Java adds
 * it to that exception as suppressed.
 */
public final class Scope implements AutoCloseable {

  // Past 300 lines for its Javadoc only, the rules users read in their IDE; the bookkeeping is in
  // ScopeForks.

  /** The innermost open scope of this thread, or the scope whose fork this thread runs. */
  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  private static final Dispatcher DEFAULT_DISPATCHER = Dispatcher.of(AsyncOptions.defaults());

  private final Scope parent;
  private final Thread owner;
  private final Dispatcher dispatcher;
  private final ScopeForks forks = new ScopeForks();
  private volatile ScheduledFuture<?> deadline;

  private Scope(Scope parent, Dispatcher dispatcher) {
    this.parent = parent;
    this.owner = Thread.currentThread();
    this.dispatcher = dispatcher;
  }

  /** Opens a scope whose lambda forks run on the default executor. */
  public static Scope open() {
    return open(DEFAULT_DISPATCHER, null);
  }

  /** Opens a scope that fails with a {@link TimeoutException} once {@code timeout} has passed. */
  public static Scope open(Duration timeout) {
    return open(DEFAULT_DISPATCHER, Objects.requireNonNull(timeout, "timeout"));
  }

  /**
   * Opens a scope whose lambda forks run as a facade with {@code options} runs its calls: its
   * executor, timeout per call, concurrency limit, contexts and listeners (method {@code
   * "Scope.fork"}).
   */
  public static Scope open(AsyncOptions options) {
    return open(Dispatcher.of(options), null);
  }

  /** Opens a scope with {@code options} for its lambda forks and a deadline {@code timeout} away. */
  public static Scope open(AsyncOptions options, Duration timeout) {
    return open(Dispatcher.of(options), Objects.requireNonNull(timeout, "timeout"));
  }

  private static Scope open(Dispatcher dispatcher, Duration timeout) {
    Scope scope = new Scope(CURRENT.get(), dispatcher);
    CURRENT.set(scope);
    if (scope.parent != null && scope.parent.forks.nest(scope)) {
      scope.cancelledByParent(scope.parent.forks.failure());
    }
    if (timeout != null) {
      scope.deadline =
          Timer.schedule(() -> scope.expire(timeout), timeout);
    }
    return scope;
  }

  /**
   * Adopts {@code stage}, e.g. a facade call's future, into the scope: the scope waits for it and
   * cancels it with the rest. Returns {@code stage} itself if it is a {@link CompletableFuture},
   * else a future that follows it and whose cancel reaches it. A stage forked into a cancelled
   * scope is cancelled at once.
   *
   * @throws IllegalStateException if the scope is closed; {@code stage} is then cancelled
   */
  public <T> CompletableFuture<T> fork(CompletionStage<T> stage) {
    Objects.requireNonNull(stage, "stage");
    forks.add(stage, this::forkFailed);
    // A minimalCompletionStage() is a CompletableFuture that refuses join(): it gets a follower.
    boolean usable = stage instanceof CompletableFuture<T> && stage.toCompletableFuture() == stage;
    return usable ? (CompletableFuture<T>) stage : Stages.map(stage, value -> value);
  }

  /**
   * Runs {@code call} on the scope's executor, as a facade would run a blocking method ({@code
   * asyncio.to_thread}), and returns its future; cancelling it interrupts the call.
   *
   * @throws IllegalStateException if the scope is closed
   */
  public <T> CompletableFuture<T> fork(BlockingCall<? extends T> call) {
    Objects.requireNonNull(call, "call");
    forks.checkOpen();
    ScopeForks.Body<T> body = forks.body(this, call);
    CompletableFuture<T> future = dispatcher.call("Scope.fork", body);
    body.started(future);
    return fork(future);
  }

  /** Like {@link #fork(BlockingCall)}, for a call that returns nothing. */
  public CompletableFuture<Void> fork(BlockingRunnable call) {
    Objects.requireNonNull(call, "call");
    return fork(
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Waits until every fork has finished, then throws the scope's failure, if any, by {@link
   * Await}'s rule: unchecked as itself, a checked one wrapped in an {@link AsyncException}. May be
   * called again after further forks.
   */
  public void join() {
    Throwable failure = joinForks();
    if (failure != null) {
      throw AsyncException.propagate(failure);
    }
  }

  /**
   * Like {@link #join()}, but a failure that is an {@code X} is thrown as itself, e.g. {@code
   * join(IOException.class)}, or {@code join(TimeoutException.class)} for the deadline.
   */
  public <X extends Exception> void join(Class<X> checked) throws X {
    Objects.requireNonNull(checked, "checked");
    Throwable failure = joinForks();
    if (checked.isInstance(failure)) {
      throw checked.cast(failure);
    }
    if (failure != null) {
      throw AsyncException.propagate(failure);
    }
  }

  private Throwable joinForks() {
    checkOwner("join");
    try {
      return forks.join();
    } catch (InterruptedException interrupted) {
      cancel();
      forks.awaitUninterruptibly();
      Thread.currentThread().interrupt();
      throw new AsyncException(
          "interrupted while joining the scope; its forks were cancelled", interrupted);
    }
  }

  /**
   * Cancels the forks still running unless {@link #join()} waited for them, waits until every fork
   * has finished, and closes the scope. See the class comment for when it throws an {@link
   * IllegalStateException}. Closing a closed scope does nothing.
   */
  @Override
  public void close() {
    checkOwner("close");
    ScopeForks.Closing closing = shutDown();
    IllegalStateException misuse = closing == null ? null : closing.misuse(forks.failure());
    if (misuse != null) {
      throw misuse;
    }
  }

  /** Closes a scope its owner left open inside this one: cancels, waits, never throws. */
  private void abandon() {
    cancel();
    shutDown();
  }

  /**
   * Cancels what {@code join()} did not wait for, and the scopes left open inside this one, waits
   * until every fork has finished, and closes; {@code null} if closing already.
   */
  private ScopeForks.Closing shutDown() {
    ScopeForks.Closing closing = forks.beginClose(owner);
    if (closing == null) {
      return null;
    }
    if (closing.mustCancel()) {
      cancel();
    }
    for (Scope left : closing.leftOpen()) {
      left.abandon();
    }
    forks.awaitUninterruptibly();
    forks.markClosed();
    finish();
    return closing;
  }

  private void finish() {
    ScheduledFuture<?> timer = deadline;
    if (timer != null) {
      timer.cancel(false);
    }
    if (parent != null) {
      parent.forks.unnest(this);
    }
    if (CURRENT.get() == this) {
      if (parent == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(parent);
      }
    }
  }

  /** Cancels the forks and the scopes nested in this one; later forks are cancelled at once. */
  void cancel() {
    ScopeForks.Cancelling cancelling = forks.cancel();
    if (cancelling == null) {
      return;
    }
    Throwable reason = forks.failure();
    for (Scope child : cancelling.nested()) {
      child.cancelledByParent(reason);
    }
    for (CompletionStage<?> stage : cancelling.stages()) {
      StageSupport.tryCancel(stage, true);
    }
  }

  private void forkFailed(Throwable failure) {
    if (failure instanceof CancellationException) {
      return; // a cancelled fork is not a failure, as in asyncio and Kotlin
    }
    if (forks.fail(failure)) {
      cancel();
    }
  }

  private void expire(Duration timeout) {
    if (forks.failIfFirst(
        new TimeoutException("scope timed out after " + Durations.format(timeout)))) {
      cancel();
    }
  }

  private void cancelledByParent(Throwable reason) {
    CancellationException cancelled =
        new CancellationException("the enclosing scope was cancelled");
    if (reason != null) {
      cancelled.initCause(reason);
    }
    forks.failIfFirst(cancelled);
    cancel();
  }

  /** Runs a lambda fork's body with this scope as the thread's current one, for nesting. */
  <T> T runAsCurrent(BlockingCall<? extends T> call) throws Throwable {
    Scope outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return call.call();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  Thread owner() {
    return owner;
  }

  private void checkOwner(String method) {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "Scope." + method + "() called on thread " + Thread.currentThread().getName()
              + ", but only the thread that opened the scope (" + owner.getName() + ") may "
              + method + " it");
    }
  }

  @Override
  public String toString() {
    return "Scope{owner=" + owner.getName() + ", " + forks + "}";
  }
}
