package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Default methods: the facade calls the delegate's default implementation, or its override. */
@Async
public interface Greeting {
  String name();

  default String greet() {
    return "hello " + name() + " from " + Thread.currentThread().getName();
  }

  default String shout() {
    return greet().toUpperCase(java.util.Locale.ROOT);
  }

  default void touch() {}
}
