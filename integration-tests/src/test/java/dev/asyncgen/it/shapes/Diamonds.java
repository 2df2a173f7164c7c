package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.io.IOException;
import java.util.List;

/** Diamond inheritance, and the same signature declared by unrelated parents. */
final class Diamonds {
  private Diamonds() {}

  interface Top {
    String name();

    int size();

    default String label() {
      return name() + "/" + size();
    }
  }

  interface Left extends Top {
    @Override
    String name(); // redeclared on one side only
  }

  interface Right extends Top {
    default String right() {
      return "right";
    }
  }

  /** Top's methods reach it along two paths. */
  @Async
  interface Bottom extends Left, Right {}

  interface Named {
    String name();

    void close() throws IOException;

    <T> T echo(T value);
  }

  interface Labelled {
    String name();

    void close() throws Exception;

    <U> U echo(U value);
  }

  /** Unrelated parents declaring the same signatures. */
  @Async
  interface Both extends Named, Labelled {}

  interface Holder<T> {
    T value();

    void setAll(List<T> values);
  }

  interface IntHolder {
    Integer value();

    void setAll(List<Integer> values);
  }

  /**
   * The same signatures once generic ({@code Holder<Integer>}), once not. (Not {@code set(T)} and
   * {@code set(Integer)}: javac finds a call to those ambiguous even in hand-written code.)
   */
  @Async
  interface IntBoth extends Holder<Integer>, IntHolder {}
}
