package dev.asyncgen.it.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GatherHelperTest {

  /** Downloads complete in the reverse of the order they were asked for. */
  private static final class SlowFirst implements Fetcher {
    final AtomicInteger hanging = new AtomicInteger();
    final AtomicInteger startedHanging = new AtomicInteger();
    final AtomicInteger interrupted = new AtomicInteger();
    final CountDownLatch never = new CountDownLatch(1);

    @Override
    public String download(String file) throws IOException {
      if (file.startsWith("fail")) {
        throw new IOException("cannot fetch " + file);
      }
      if (file.startsWith("hang")) {
        startedHanging.incrementAndGet();
        hanging.incrementAndGet();
        try {
          never.await();
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw new IOException("interrupted", e);
        } finally {
          hanging.decrementAndGet();
        }
      }
      int delay = Integer.parseInt(file.replaceAll("\\D", ""));
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      return "content of " + file;
    }

    @Override
    public String find(long id) {
      return "id " + id;
    }

    @Override
    public String find(String name) {
      return "name " + name;
    }

    @Override
    public int count(List<String> items) {
      return items.size();
    }

    @Override
    public <T> T identity(T value) {
      return value;
    }

    @Override
    public void touch(int n) {}
  }

  private final SlowFirst fetcher = new SlowFirst();
  private final FetcherAsync facade = FetcherAsync.of(fetcher);

  @Test
  void resultsComeInTheOrderOfTheArgumentsWhateverOrderTheyFinishIn() throws Exception {
    List<String> files = List.of("f-200", "f-150", "f-100", "f-50", "f-0");

    List<String> contents = facade.gatherDownload(files).get(10, TimeUnit.SECONDS);

    List<String> expected = new ArrayList<>();
    for (String file : files) {
      expected.add("content of " + file);
    }
    assertEquals(expected, contents);
  }

  @Test
  void theFirstFailureFailsTheWholeAtOnceAndCancelsTheCallsStillRunning() throws Exception {
    CompletableFuture<List<String>> all = facade.gatherDownload(List.of("hang-1", "hang-2", "fail-3", "hang-4"));

    ExecutionException failure = assertThrows(ExecutionException.class, () -> all.get(10, TimeUnit.SECONDS));

    assertEquals("cannot fetch fail-3", failure.getCause().getMessage());
    assertTrue(failure.getCause() instanceof IOException);
    // Each hanging download was either interrupted or, cancelled before it began, never started.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (fetcher.hanging.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(0, fetcher.hanging.get(), "no download left hanging");
    assertEquals(fetcher.startedHanging.get(), fetcher.interrupted.get());
  }

  @Test
  void overloadsGetHelpersNamedAfterTheirParameterType() throws Exception {
    assertEquals(List.of("id 1", "id 2"), facade.gatherFindLong(List.of(1L, 2L)).get(10, TimeUnit.SECONDS));
    assertEquals(List.of("name a"), facade.gatherFindString(List.of("a")).get(10, TimeUnit.SECONDS));
  }

  @Test
  void genericAndVoidAndParameterizedHelpers() throws Exception {
    assertEquals(List.of("x", "y"), facade.<String>gatherIdentity(List.of("x", "y")).get(10, TimeUnit.SECONDS));
    assertEquals(Arrays.asList(null, null), facade.gatherTouch(List.of(1, 2)).get(10, TimeUnit.SECONDS));
    assertEquals(List.of(2, 0), facade.gatherCount(List.of(List.of("a", "b"), List.of())).get(10, TimeUnit.SECONDS));
  }

  @Test
  void noArgumentsGiveAnEmptyList() throws Exception {
    assertEquals(List.of(), facade.gatherDownload(List.of()).get(10, TimeUnit.SECONDS));
  }

  @Test
  void aUsersOwnMethodWithTheHelpersNameWins() throws Exception {
    List<Method> named = new ArrayList<>();
    for (Method method : ClashAsync.class.getMethods()) {
      if (method.getName().equals("gatherDownload")) {
        named.add(method);
      }
    }
    assertEquals(1, named.size());
    assertSame(Collection.class, named.get(0).getParameterTypes()[0]);

    Clash clash =
        new Clash() {
          @Override
          public String download(String file) {
            return file;
          }

          @Override
          public String gatherDownload(Collection<String> files) {
            return String.join("+", files);
          }
        };
    assertEquals("a+b", ClashAsync.of(clash).gatherDownload(List.of("a", "b")).get(10, TimeUnit.SECONDS));
  }
}
