package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Covariant returns: parents declare the same method with different, related return types. */
final class Covariance {
  private Covariance() {}

  interface Wide {
    CharSequence text();

    Number count();

    Collection<String> items();

    CompletionStage<? extends Number> load();

    List<? extends Number> numbers();
  }

  interface Narrow {
    String text();

    Integer count();

    List<String> items();

    CompletableFuture<Integer> load();

    List<Integer> numbers();
  }

  /** The wide parent first. */
  @Async
  interface WideFirst extends Wide, Narrow {}

  /** The narrow parent first. */
  @Async
  interface NarrowFirst extends Narrow, Wide {}

  /** Redeclared with the narrow type in the interface itself. */
  @Async
  interface Redeclared extends Wide {
    @Override
    String text();
  }
}
