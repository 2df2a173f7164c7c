package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Static and private interface methods are not wrapped. */
@Async
public interface WithStatics {
  static WithStatics create(String value) {
    return () -> decorate(value);
  }

  static String helper() {
    return "helper";
  }

  private static String decorate(String value) {
    return "<" + value + ">";
  }

  String value();

  default String twice() {
    return twiceOf(value());
  }

  private String twiceOf(String v) {
    return v + v;
  }
}
