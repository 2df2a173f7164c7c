package dev.asyncgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncgen.CallEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final CallEvent ENDED =
      new CallEvent("Downloader.download", CallEvent.Status.SUCCESS, Duration.ofMillis(1), null);

  @Test
  void reportsAtEachQuarterAndAtTheEnd() {
    assertEquals(lines(5, 10, 15, 20), report(20));
    assertEquals(lines(3, 6, 9, 10), report(10));
    assertEquals(lines(1, 2, 3), report(3));
    assertEquals(lines(1), report(1));
  }

  @Test
  void linesComeInOrderWhenCallsEndOnManyThreads() throws Exception {
    List<String> out = new CopyOnWriteArrayList<>();
    Progress progress = new Progress(8, out::add);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(new Thread(() -> progress.onEnd(ENDED)));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    assertEquals(lines(2, 4, 6, 8), out);
  }

  @Test
  void refusesAnEmptyTotal() {
    assertThrows(IllegalArgumentException.class, () -> new Progress(0, line -> {}));
  }

  private static List<String> report(int total) {
    List<String> out = new ArrayList<>();
    Progress progress = new Progress(total, out::add);
    for (int i = 0; i < total; i++) {
      progress.onEnd(ENDED);
    }
    return out;
  }

  private static List<String> lines(int... counts) {
    int total = counts[counts.length - 1];
    List<String> lines = new ArrayList<>();
    for (int count : counts) {
      lines.add("   downloaded " + count + "/" + total);
    }
    return lines;
  }
}
