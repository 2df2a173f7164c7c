package dev.asyncgen.spi;

import dev.asyncgen.ContextPropagator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link ContextPropagator} for a library whose context is entered through a scope that must be
 * closed, innermost first, to leave it: OpenTelemetry's {@code Context.makeCurrent()}, Micrometer's
 * {@code ContextSnapshot.setThreadLocals()}, Brave's {@code CurrentTraceContext.newScope(...)}.
 *
 * <p>Around a blocking call the runtime captures what the executor's thread holds, restores the
 * caller's context, runs the call, and restores the thread's own context again. Such a library must
 * instead see a scope opened and then closed: restoring the thread's own context by opening a
 * second scope would leave the first one open on a pooled thread for good. This propagator tells
 * the two restores apart and turns the first into {@code enter} and the second into closing the
 * scope {@code enter} returned, so scopes nest properly even when a call runs inline inside
 * another on the same thread.
 *
 * <p>How it tells them apart: the restore that leaves is handed exactly what this propagator
 * captured on the same thread right before the scope was entered. It is made for the runtime's
 * capture and restore sequence; do not call its methods yourself.
 *
 * @param <C> the library's context, as {@code capture} returns it
 */
public final class ScopedContextPropagator<C> implements ContextPropagator<Object> {

  private final Supplier<? extends C> capture;
  private final Function<? super C, ? extends AutoCloseable> enter;
  private final ThreadLocal<ThreadState> threads = ThreadLocal.withInitial(ThreadState::new);

  private ScopedContextPropagator(
      Supplier<? extends C> capture, Function<? super C, ? extends AutoCloseable> enter) {
    this.capture = capture;
    this.enter = enter;
  }

  /**
   * A propagator that reads the current context with {@code capture} on the calling thread and
   * makes it current on the executor's thread with {@code enter}, closing the scope {@code enter}
   * returns once the blocking call is done.
   */
  public static <C> ScopedContextPropagator<C> of(
      Supplier<? extends C> capture, Function<? super C, ? extends AutoCloseable> enter) {
    return new ScopedContextPropagator<>(
        Objects.requireNonNull(capture, "capture"), Objects.requireNonNull(enter, "enter"));
  }

  @Override
  public Object capture() {
    ThreadState thread = threads.get();
    return new Captured<C>(capture.get(), thread, ++thread.captures);
  }

  @Override
  public void restore(Object context) {
    @SuppressWarnings("unchecked") // only ever handed what capture() returned
    Captured<C> captured = (Captured<C>) context;
    ThreadState thread = threads.get();
    Scope top = thread.top;
    if (top != null && captured.thread == thread && captured.sequence == top.capturedBefore) {
      thread.top = top.outer;
      close(top.scope);
      return;
    }
    // Pushed before entering: if enter throws, the runtime still restores the thread's context,
    // and that restore must pop this frame rather than enter another scope.
    Scope entered = new Scope(thread.captures, top);
    thread.top = entered;
    entered.scope = enter.apply(captured.value);
  }

  private static void close(AutoCloseable scope) {
    if (scope == null) {
      return; // enter threw: nothing was opened
    }
    try {
      scope.close();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("closing the context scope failed", e);
    }
  }

  /** What one thread has entered through this propagator, and how often it captured. */
  private static final class ThreadState {
    long captures;
    Scope top;
  }

  /** An entered scope; {@code capturedBefore} names the capture of what it replaced. */
  private static final class Scope {
    final long capturedBefore;
    final Scope outer;
    AutoCloseable scope;

    Scope(long capturedBefore, Scope outer) {
      this.capturedBefore = capturedBefore;
      this.outer = outer;
    }
  }

  private record Captured<C>(C value, ThreadState thread, long sequence) {}
}
