package dev.asyncgen.it.shadow;

import dev.asyncgen.Async;

/**
 * Uses package types named like those the generated implementation needs: {@code Objects}, {@code
 * FacadeRuntime} (which every call goes through, and the gather helpers use), {@code AsyncOptions},
 * {@code Generated}, {@code UnaryOperator}, {@code Void}, {@code Duration} (which the timeout is
 * given as), and {@code Dispatcher} and {@code Gather}, which generated code once used.
 */
@Async(timeout = "5s")
public interface RuntimeNames {
  Objects objects(Objects o);

  Dispatcher dispatcher(Dispatcher d);

  AsyncOptions options(AsyncOptions options);

  Generated generated(Generated g);

  UnaryOperator operator(UnaryOperator op);

  Void voidLike(Void v);

  void reallyVoid();

  Gather gather(Gather g);

  FacadeRuntime runtime(FacadeRuntime runtime);

  Duration duration(Duration d);
}
