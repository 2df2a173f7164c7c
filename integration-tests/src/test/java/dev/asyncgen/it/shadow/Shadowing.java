package dev.asyncgen.it.shadow;

import dev.asyncgen.Async;

/**
 * Uses both the package's own {@code List}, {@code Executor}, {@code CompletableFuture}, {@code
 * String} and {@code Override}, and the JDK types of the same simple names.
 */
@Async
public interface Shadowing {
  String shadowString(String s);

  java.lang.String jdkString(java.lang.String s);

  List<String> userList(List<java.lang.String> list);

  java.util.List<String> jdkList(java.util.List<java.lang.String> list);

  Executor userExecutor(Executor executor);

  void runOn(java.util.concurrent.Executor executor, Runnable task);

  CompletableFuture userFuture(java.lang.String label);

  /** A JDK CompletableFuture result: flattened. */
  java.util.concurrent.CompletableFuture<String> jdkFuture(String value);

  Override override(Override override);

  Integer count(String... strings);
}
