package dev.asyncgen.spring.boot.app;

/** Runs inside each greeting's blocking call: tests put tracing or blocking there. */
public interface GreetingHook {

  void during(String name) throws InterruptedException;
}
