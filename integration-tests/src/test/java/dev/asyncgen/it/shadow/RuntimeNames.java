package dev.asyncgen.it.shadow;

import dev.asyncgen.Async;

/**
 * Uses package types named like those the generated implementation needs: {@code Objects}, {@code
 * Dispatcher}, {@code AsyncOptions}, {@code Generated}, {@code UnaryOperator}, {@code Void}, and
 * {@code Gather} (which the gather helpers use).
 */
@Async
public interface RuntimeNames {
  Objects objects(Objects o);

  Dispatcher dispatcher(Dispatcher d);

  AsyncOptions options(AsyncOptions options);

  Generated generated(Generated g);

  UnaryOperator operator(UnaryOperator op);

  Void voidLike(Void v);

  void reallyVoid();

  Gather gather(Gather g);
}
