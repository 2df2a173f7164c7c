package dev.asyncgen.spring.boot.app;

import dev.asyncgen.Async;

/** Blocks as long as it is told: for timeouts and concurrency limits set by properties. */
@Async
public interface SlowService {

  /** Sleeps {@code millis}, then returns how many calls were running at once at most so far. */
  int work(long millis) throws InterruptedException;
}
