package dev.asyncgen.spring.boot.app;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/** A plain @Service: nothing in it knows about asyncgen. */
@Service
public class FriendlyGreeter implements Greeter {

  private final GreetingHook hook;

  public FriendlyGreeter(GreetingHook hook) {
    this.hook = hook;
  }

  @Override
  public Greeting greet(String name) throws InterruptedException {
    hook.during(name);
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    Thread thread = Thread.currentThread();
    return new Greeting("hello " + name, thread.getName(), Threads.isVirtual(thread), mdc == null ? Map.of() : mdc);
  }
}
