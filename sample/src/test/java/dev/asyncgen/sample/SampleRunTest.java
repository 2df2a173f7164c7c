package dev.asyncgen.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.Outcome;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole sample, run once on a smaller scale: 10 files that each take the server 200 ms. */
class SampleRunTest {

  private static final int FILES = 10;
  private static final Duration LATENCY = Duration.ofMillis(200);

  private static FileServer server;
  private static JdbcConnectionPool database;
  private static final List<String> out = new CopyOnWriteArrayList<>();
  private static Report report;

  @BeforeAll
  static void run() throws Exception {
    server = FileServer.start(FILES, LATENCY);
    database = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    JdbcFileRepository repository = new JdbcFileRepository(database);
    repository.createTable();
    report = new SampleRun(server, new HttpDownloader(server.uri()), repository, out::add).run();
  }

  @AfterAll
  static void stop() {
    database.dispose();
    server.close();
  }

  @Test
  void everyFileArrivesWithItsContentBothWays() {
    for (Report.Batch batch : List.of(report.oneByOne(), report.allAtOnce())) {
      assertEquals(server.fileNames(), batch.files());
      for (int i = 0; i < FILES; i++) {
        assertArrayEquals(server.content(batch.files().get(i)), batch.contents().get(i));
      }
    }
  }

  @Test
  void oneByOneNeverOverlapsAndAllAtOnceDoes() {
    assertEquals(1, report.oneByOne().maxInFlight());
    int maxInFlight = report.allAtOnce().maxInFlight();
    assertTrue(maxInFlight > 1, "the server saw at most " + maxInFlight + " request at once");
  }

  @Test
  void allAtOnceTakesLessThanHalfTheTime() {
    Duration oneByOne = report.oneByOne().time();
    Duration allAtOnce = report.allAtOnce().time();
    assertTrue(oneByOne.compareTo(LATENCY.multipliedBy(FILES)) >= 0, "one by one took " + oneByOne);
    assertTrue(
        allAtOnce.compareTo(oneByOne.dividedBy(2)) < 0,
        "all at once took " + allAtOnce + ", one by one " + oneByOne);
    assertTrue(report.speedUp() > 2);
  }

  @Test
  void everyDownloadIsStoredWithTheChecksumOfWhatTheServerSent() throws Exception {
    assertEquals(server.fileNames(), report.stored().stream().map(StoredFile::name).toList());
    for (StoredFile stored : report.stored()) {
      byte[] sent = server.content(stored.name());
      assertEquals(new StoredFile(stored.name(), sent.length, sha256(sent)), stored);
    }
  }

  @Test
  void theMissingFileFailsTheGatherWithItsOwnException() {
    Report.FailedBatch failed = report.failed();
    assertEquals(List.of("file-01.txt", "file-02.txt", "missing.txt"), failed.files());
    DownloadException missing = assertInstanceOf(DownloadException.class, failed.failure());
    assertEquals("missing.txt", missing.file());
    assertEquals(404, missing.status());
  }

  @Test
  void theFailedGatherCancelsTheTwoDownloadsStillRunningAndSaysSo() {
    Report.FailedBatch failed = report.failed();
    // The server answers the missing file at once and holds each real one for LATENCY, so a gather
    // that failed within LATENCY failed while both other downloads were still running: it must
    // have cancelled both. (Only a machine so slow that the 404 took longer could see fewer.)
    if (failed.failedAfter().compareTo(LATENCY) < 0) {
      assertEquals(2, failed.cancelled(),
          "cancelled after a failure at " + failed.failedAfter().toMillis() + " ms");
    } else {
      assertTrue(failed.cancelled() <= 2, "cancelled " + failed.cancelled());
    }
    String said = "   and the gather cancelled the " + failed.cancelled() + " download"
        + (failed.cancelled() == 1 ? "" : "s") + " still running";
    assertTrue(out.contains(said), "the sample should say \"" + said + "\":\n" + String.join("\n", out));
  }

  @Test
  void settledGivesTheTwoFilesAndTheFailure() {
    List<Outcome<byte[]>> settled = report.failed().settled();
    assertArrayEquals(server.content("file-01.txt"), settled.get(0).valueOrThrow());
    assertArrayEquals(server.content("file-02.txt"), settled.get(1).valueOrThrow());
    Outcome.Failure<?> failure = assertInstanceOf(Outcome.Failure.class, settled.get(2));
    assertEquals(404, assertInstanceOf(DownloadException.class, failure.cause()).status());
  }

  @Test
  void progressComesAtEachQuarterBeforeTheResult() {
    List<String> progress =
        out.stream().filter(line -> line.startsWith("   downloaded ")).toList();
    assertEquals(
        List.of(
            "   downloaded 3/10",
            "   downloaded 6/10",
            "   downloaded 9/10",
            "   downloaded 10/10"),
        progress);
    String next = out.get(out.indexOf("   downloaded 10/10") + 1);
    assertTrue(next.startsWith("   10 files, "), "after the progress: " + next);
  }

  @Test
  void tellsTheUserWhatFailedAndWhy() {
    assertTrue(
        out.contains("     caused by "
            + "dev.asyncgen.sample.DownloadException: missing.txt: HTTP 404 Not Found"),
        String.join("\n", out));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
