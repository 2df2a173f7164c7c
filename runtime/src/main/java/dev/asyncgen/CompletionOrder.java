package dev.asyncgen;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * {@link Gather#inCompletionOrder}: hands each settled input to the next returned future. One
 * instance serves as the callback of every input.
 */
final class CompletionOrder implements BiConsumer<Object, Throwable> {

  private final CompletableFuture<Object>[] outputs;
  private final AtomicInteger next = new AtomicInteger();

  CompletionOrder(CompletableFuture<Object>[] outputs) {
    this.outputs = outputs;
  }

  @Override
  public void accept(Object value, Throwable failure) {
    Throwable cause = failure == null ? null : StageSupport.unwrap(failure);
    while (true) {
      int index = next.getAndIncrement();
      if (index >= outputs.length) {
        return; // the outputs it would have gone to were settled from outside
      }
      CompletableFuture<Object> output = outputs[index];
      if (cause == null ? output.complete(value) : output.completeExceptionally(cause)) {
        return;
      }
      // That output was cancelled or completed by its user: this input goes to the next one.
    }
  }
}
