package dev.asyncgen.it.shadow;

/** Shadows {@code java.util.concurrent.CompletableFuture}; not a CompletionStage. */
public final class CompletableFuture {
  public final java.lang.String label;

  public CompletableFuture(java.lang.String label) {
    this.label = label;
  }
}
