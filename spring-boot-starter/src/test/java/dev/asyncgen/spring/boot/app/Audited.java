package dev.asyncgen.spring.boot.app;

import dev.asyncgen.Async;

/** Its timeout is written on the interface, and no property overrides it. */
@Async(timeout = "5s")
public interface Audited {

  void record(String event);

  /** Records nowhere. */
  @org.springframework.stereotype.Component
  class Discarding implements Audited {
    @Override
    public void record(String event) {}
  }
}
