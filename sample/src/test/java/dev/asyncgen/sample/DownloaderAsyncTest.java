package dev.asyncgen.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.Await;
import dev.asyncgen.CallEvent;
import dev.asyncgen.Gather;
import dev.asyncgen.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated DownloaderAsync, calling the real HttpDownloader over loopback HTTP. */
class DownloaderAsyncTest {

  private static FileServer server;
  private static DownloaderAsync downloads;

  @BeforeAll
  static void startServer() throws Exception {
    server = FileServer.start(8, Duration.ofMillis(200));
    downloads = DownloaderAsync.of(new HttpDownloader(server.uri()));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void gatherDownloadGivesEveryFileInTheOrderAsked() throws Exception {
    List<String> reversed = new ArrayList<>(server.fileNames());
    Collections.reverse(reversed);

    List<byte[]> contents = downloads.gatherDownload(reversed).get(30, TimeUnit.SECONDS);

    assertEquals(reversed.size(), contents.size());
    for (int i = 0; i < reversed.size(); i++) {
      assertArrayEquals(server.content(reversed.get(i)), contents.get(i), reversed.get(i));
    }
  }

  @Test
  void gatherDownloadOverlapsTheRequests() throws Exception {
    server.takeMaxInFlight();

    downloads.gatherDownload(server.fileNames()).get(30, TimeUnit.SECONDS);

    // Each request takes the server 200 ms: had the calls run one by one, it would never have
    // been serving two at once.
    int maxInFlight = server.takeMaxInFlight();
    assertTrue(maxInFlight > 1, "the server saw at most " + maxInFlight + " request at once");
  }

  @Test
  void aFailedDownloadFailsTheFutureWithTheDownloadExceptionItself() {
    CompletableFuture<byte[]> missing = downloads.download("missing.txt");

    ExecutionException viaGet =
        assertThrows(ExecutionException.class, () -> missing.get(30, TimeUnit.SECONDS));
    DownloadException cause = assertInstanceOf(DownloadException.class, viaGet.getCause());
    assertEquals(404, cause.status());
    CompletionException viaJoin = assertThrows(CompletionException.class, missing::join);
    assertSame(cause, viaJoin.getCause());
    DownloadException viaAwait =
        assertThrows(DownloadException.class, () -> Await.await(missing, DownloadException.class));
    assertSame(cause, viaAwait);
  }

  @Test
  void gatherDownloadFailsFastAndCancelsTheDownloadsStillRunning() throws Exception {
    // A server slow enough that the 404, answered at once, surely comes first.
    try (FileServer slow = FileServer.start(2, Duration.ofSeconds(20))) {
      HttpDownloader http = new HttpDownloader(slow.uri());
      AtomicInteger interrupted = new AtomicInteger();
      Downloader recording =
          file -> {
            try {
              return http.download(file);
            } catch (InterruptedException e) {
              interrupted.incrementAndGet();
              throw e;
            }
          };
      AtomicInteger cancelled = new AtomicInteger();
      DownloaderAsync watched =
          DownloaderAsync.of(recording)
              .withOptions(options -> options.withListener(event -> {
                if (event.status() == CallEvent.Status.CANCELLED) {
                  cancelled.incrementAndGet();
                }
              }));

      CompletableFuture<List<byte[]>> all =
          watched.gatherDownload(List.of("file-01.txt", "file-02.txt", "missing.txt"));

      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> all.get(15, TimeUnit.SECONDS));
      assertInstanceOf(DownloadException.class, failed.getCause());
      assertEquals(2, cancelled.get());
      // Cancelling interrupted the threads blocked in HttpClient.send.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (interrupted.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(2, interrupted.get());
    }
  }

  @Test
  void settledGivesEachOutcomeAndNeverFails() throws Exception {
    List<String> files = List.of("file-01.txt", "missing.txt", "file-02.txt");
    List<CompletableFuture<byte[]>> calls = files.stream().map(downloads::download).toList();

    List<Outcome<byte[]>> outcomes = Gather.settled(calls).get(30, TimeUnit.SECONDS);

    assertTrue(outcomes.get(0).isSuccess());
    assertArrayEquals(server.content("file-01.txt"), outcomes.get(0).valueOrThrow());
    Outcome.Failure<?> missing = assertInstanceOf(Outcome.Failure.class, outcomes.get(1));
    assertEquals(404, assertInstanceOf(DownloadException.class, missing.cause()).status());
    assertTrue(outcomes.get(2).isSuccess());
    assertArrayEquals(server.content("file-02.txt"), outcomes.get(2).valueOrThrow());
  }
}
