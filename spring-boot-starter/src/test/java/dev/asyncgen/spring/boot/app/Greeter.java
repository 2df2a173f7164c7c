package dev.asyncgen.spring.boot.app;

import dev.asyncgen.Async;

/** An @Async interface a @Service implements: the starter gives it a GreeterAsync bean. */
@Async
public interface Greeter {

  /** Greets {@code name}, and tells what the blocking call saw of its thread and context. */
  Greeting greet(String name) throws InterruptedException;
}
