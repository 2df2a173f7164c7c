package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.Comparator;
import java.util.concurrent.Callable;

/**
 * @Async interfaces that add nothing to a parameterized JDK interface.
 */
final class JdkInterfaces {
  private JdkInterfaces() {}

  /**
   * Comparator: one abstract method, {@code equals} redeclared (not wrapped), many generic default
   * methods with overloads taking different functional interfaces, and static methods (not
   * wrapped).
   */
  @Async
  interface StringOrder extends Comparator<String> {}

  /** Callable: a method named {@code call} that throws Exception. */
  @Async
  interface Task extends Callable<Integer> {}

  /** Iterable: a generic abstract method and defaults taking and returning generic JDK types. */
  @Async
  interface Words extends Iterable<String> {}
}
