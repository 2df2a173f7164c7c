package dev.asyncgen.spring.boot.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

/** Counts the calls running at once. */
@Service
public class CountingSlowService implements SlowService {

  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  @Override
  public int work(long millis) throws InterruptedException {
    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      Thread.sleep(millis);
      return mostAtOnce.get();
    } finally {
      running.decrementAndGet();
    }
  }
}
