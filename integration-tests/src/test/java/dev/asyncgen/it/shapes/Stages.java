package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/** Methods that are themselves asynchronous: their stages are flattened, not nested. */
@Async
public interface Stages {
  CompletionStage<String> stage(String key);

  CompletableFuture<Integer> future(int value);

  MyFuture<String> custom(String value);

  CompletionStage<? extends Number> bounded();

  CompletionStage<?> unbounded();

  CompletionStage<Void> done();

  <S extends CompletionStage<String>> S passThrough(S stage);

  /** Future is not a CompletionStage: not flattened. */
  Future<String> legacy();

  /** A subtype of CompletableFuture, as libraries return. */
  final class MyFuture<T> extends CompletableFuture<T> {}
}
