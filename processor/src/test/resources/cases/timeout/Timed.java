package com.example.timeout;

import dev.asyncgen.Async;

/** Each spelling of a timeout, and the shortest exact Duration it becomes. */
final class Timed {
  private Timed() {}

  @Async(timeout = "2m")
  interface Patient {
    void await() throws InterruptedException;
  }

  @Async(timeout = "1500ms")
  interface Slow {
    String fetch(String url);
  }

  @Async(timeout = "PT0.0000015S")
  interface Hasty {
    int poll();
  }
}
