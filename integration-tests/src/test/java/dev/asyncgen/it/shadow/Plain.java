package dev.asyncgen.it.shadow;

import dev.asyncgen.Async;

/**
 * Mentions none of the package's shadowing types, so its facade must still pick the JDK's
 * CompletableFuture, Executor, String and Override, not the package's.
 */
@Async
public interface Plain {
  int one();

  java.lang.String name();
}
