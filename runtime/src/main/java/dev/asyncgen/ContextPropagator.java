package dev.asyncgen;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Carries thread-local context (a logging MDC, a trace span, a security principal) from the thread
 * that calls a facade to the thread that runs the blocking call.
 *
 * <p>{@link #capture()} runs on the caller's thread when the facade method is called. On the
 * executor's thread, right before the blocking call, the dispatcher captures what that thread
 * holds, {@linkplain #restore restores} the caller's context, and after the call restores what the
 * thread held before: on a pooled thread that clears the context again, so it never leaks into the
 * next call.
 *
 * <pre>{@code
 * ContextPropagator<Map<String, String>> mdc =
 *     ContextPropagator.of(MDC::getCopyOfContextMap,
 *         map -> { if (map == null) MDC.clear(); else MDC.setContextMap(map); });
 * }</pre>
 *
 * @param <C> the captured context
 */
public interface ContextPropagator<C> {

  /** Reads the current thread's context; {@code null} stands for "none". */
  C capture();

  /** Makes {@code context}, as {@link #capture()} returned it, the current thread's context. */
  void restore(C context);

  /** A propagator from two functions, e.g. method references. */
  static <C> ContextPropagator<C> of(Supplier<? extends C> capture, Consumer<? super C> restore) {
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(restore, "restore");
    return new ContextPropagator<>() {
      @Override
      public C capture() {
        return capture.get();
      }

      @Override
      public void restore(C context) {
        restore.accept(context);
      }
    };
  }

  /** Propagates the value of {@code local}; restoring {@code null} removes it. */
  static <T> ContextPropagator<T> ofThreadLocal(ThreadLocal<T> local) {
    Objects.requireNonNull(local, "local");
    return of(
        local::get,
        value -> {
          if (value == null) {
            local.remove();
          } else {
            local.set(value);
          }
        });
  }
}
