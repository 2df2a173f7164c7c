package dev.asyncgen.spring.boot.app;

/** A hook whose behaviour a test sets, and resets after. */
public final class MutableHook implements GreetingHook {

  private volatile GreetingHook current = name -> {};

  @Override
  public void during(String name) throws InterruptedException {
    current.during(name);
  }

  public void set(GreetingHook hook) {
    current = hook;
  }

  public void reset() {
    current = name -> {};
  }
}
