package dev.asyncgen.sample;

import dev.asyncgen.AsyncExecutors;
import dev.asyncgen.Await;
import dev.asyncgen.CallEvent;
import dev.asyncgen.Gather;
import dev.asyncgen.Outcome;
import dev.asyncgen.sample.Report.Batch;
import dev.asyncgen.sample.Report.FailedBatch;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The sample's story in four steps: download the server's files one by one, then all at once,
 * store them, and see what a failure looks like. Each step is told to {@code out} as it happens;
 * the numbers come back in a {@link Report}.
 */
public final class SampleRun {

  private static final String MISSING = "missing.txt";

  private final FileServer server;
  private final Downloader downloader;
  private final FileRepository repository;
  private final Consumer<String> out;

  /** Tells the story of downloads from {@code server}, line by line, to {@code out}. */
  public SampleRun(
      FileServer server, Downloader downloader, FileRepository repository, Consumer<String> out) {
    this.server = Objects.requireNonNull(server, "server");
    this.downloader = Objects.requireNonNull(downloader, "downloader");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.out = Objects.requireNonNull(out, "out");
  }

  public Report run() throws IOException, InterruptedException {
    List<String> files = server.fileNames();
    say("asyncgen sample: %d files at %s, each served after %d ms",
        files.size(), server.uri(), server.latency().toMillis());
    say("Blocking calls run on %s.", executorName());
    say("");
    // One download before timing anything, so that the one-by-one time does not include the
    // JVM's and the HTTP client's warm-up, which would flatter the speed-up.
    downloader.download(files.get(0));

    Batch oneByOne = downloadOneByOne(files);
    // The generated facade wraps the same downloader. Its download(file) returns a
    // CompletableFuture at once, and makes the blocking call on another thread.
    DownloaderAsync downloads = DownloaderAsync.of(downloader);
    Batch allAtOnce = downloadAllAtOnce(downloads, files, oneByOne);
    List<StoredFile> stored = store(allAtOnce);
    FailedBatch failed =
        downloadWithOneMissing(downloads, List.of(files.get(0), files.get(1), MISSING));
    return new Report(oneByOne, allAtOnce, stored, failed);
  }

  /** The synchronous interface in a loop: each call holds this thread, so the latencies add up. */
  private Batch downloadOneByOne(List<String> files) throws IOException, InterruptedException {
    say("1. One by one: Downloader.download(file) in a loop");
    server.takeMaxInFlight();
    long start = System.nanoTime();
    List<byte[]> contents = new ArrayList<>();
    for (String file : files) {
      contents.add(downloader.download(file));
    }
    Batch batch = new Batch(files, contents, since(start), server.takeMaxInFlight());
    say("   %d files, %,d bytes in %s; the server saw %s at a time", files.size(), batch.bytes(),
        seconds(batch.time()), count(batch.maxInFlight(), "request"));
    say("");
    return batch;
  }

  /**
   * gatherDownload(files) calls download for every file at once, like asyncio.gather: one future
   * of all the contents, in the order of the files. withOptions derives a facade that also tells
   * a listener of each call, here to report progress.
   */
  private Batch downloadAllAtOnce(DownloaderAsync downloads, List<String> files, Batch oneByOne)
      throws InterruptedException {
    say("2. All at once: DownloaderAsync.gatherDownload(files)");
    Progress progress = new Progress(files.size(), out);
    DownloaderAsync reporting = downloads.withOptions(options -> options.withListener(progress));
    long start = System.nanoTime();
    CompletableFuture<List<byte[]>> all = reporting.gatherDownload(files);
    // Await.await blocks until the future settles, like Python's await: it returns the value, or
    // throws the call's own exception (a checked one wrapped in an unchecked AsyncException).
    List<byte[]> contents = Await.await(all);
    Batch batch = new Batch(files, contents, since(start), server.takeMaxInFlight());
    say("   %d files, %,d bytes in %s; the server saw %s at once", files.size(), batch.bytes(),
        seconds(batch.time()), count(batch.maxInFlight(), "request"));
    say("   %.1fx faster than one by one, and the same bytes: %s",
        (double) oneByOne.time().toNanos() / batch.time().toNanos(),
        yes(sameContents(oneByOne.contents(), contents)));
    say("");
    return batch;
  }

  /**
   * The repository gets a facade too. Its save has two parameters, so it has no gather helper:
   * Gather.map, which the helpers call, fans it out over the files just the same.
   */
  private List<StoredFile> store(Batch batch) {
    say("3. Stored through FileRepositoryAsync: every save at once, into H2 over JDBC");
    FileRepositoryAsync files = FileRepositoryAsync.of(repository);
    Map<String, byte[]> downloaded = new LinkedHashMap<>();
    for (int i = 0; i < batch.files().size(); i++) {
      downloaded.put(batch.files().get(i), batch.contents().get(i));
    }
    long start = System.nanoTime();
    Await.await(
        Gather.map(downloaded.entrySet(), file -> files.save(file.getKey(), file.getValue())));
    List<StoredFile> stored = Await.await(files.list());
    say("   %d files stored and listed in %s; the database's SHA-256 of each matches: %s",
        stored.size(), seconds(since(start)), yes(matches(stored, downloaded)));
    say("");
    return stored;
  }

  /**
   * The future of a call fails with the exception the blocking method threw, the same object:
   * join() throws a CompletionException whose cause it is, get() an ExecutionException. A gather
   * fails fast: at the first failure it fails too, and cancels the calls still running, which
   * interrupts their blocking send(). Gather.settled waits for every call instead and never
   * fails: it gives one Outcome per call (gather(return_exceptions=True) in Python).
   */
  private FailedBatch downloadWithOneMissing(DownloaderAsync downloads, List<String> files) {
    say("4. A missing file: gatherDownload(%s)", files);
    AtomicInteger cancelled = new AtomicInteger();
    DownloaderAsync watched =
        downloads.withOptions(options -> options.withListener(event -> {
          if (event.status() == CallEvent.Status.CANCELLED) {
            cancelled.incrementAndGet();
          }
        }));
    long start = System.nanoTime();
    Throwable failure = null;
    try {
      watched.gatherDownload(files).join();
    } catch (CompletionException failed) {
      failure = failed.getCause();
    }
    Duration failedAfter = since(start);
    say("   failed after %d ms: join() threw CompletionException", failedAfter.toMillis());
    say("     caused by %s", failure);
    say("   and the gather cancelled the %s still running", count(cancelled.get(), "download"));

    start = System.nanoTime();
    List<CompletableFuture<byte[]>> calls = files.stream().map(downloads::download).toList();
    List<Outcome<byte[]>> settled = Await.await(Gather.settled(calls));
    say("   Gather.settled over the same files waits for all of them (%d ms):",
        since(start).toMillis());
    for (int i = 0; i < settled.size(); i++) {
      // On Java 21+: switch (outcome) { case Outcome.Success<byte[]> s -> …; case Failure … }
      if (settled.get(i) instanceof Outcome.Success<byte[]> success) {
        say("     %-12s ok, %,d bytes", files.get(i), success.value().length);
      } else if (settled.get(i) instanceof Outcome.Failure<byte[]> failed) {
        say("     %-12s failed: %s", files.get(i), failed.cause());
      }
    }
    say("");
    return new FailedBatch(files, failure, failedAfter, cancelled.get(), settled);
  }

  private void say(String format, Object... args) {
    out.accept(String.format(Locale.ROOT, format, args));
  }

  private static String executorName() {
    int jdk = Runtime.version().feature();
    return AsyncExecutors.defaultIsVirtual()
        ? "virtual threads (JDK " + jdk + ")"
        : "asyncgen's pool of platform threads (JDK " + jdk + "; virtual threads need JDK 21+)";
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String yes(boolean answer) {
    return answer ? "yes" : "NO";
  }

  private static boolean sameContents(List<byte[]> expected, List<byte[]> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!Arrays.equals(expected.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(List<StoredFile> stored, Map<String, byte[]> downloaded) {
    if (stored.size() != downloaded.size()) {
      return false;
    }
    for (StoredFile file : stored) {
      byte[] content = downloaded.get(file.name());
      if (content == null || !file.sha256().equals(sha256(content))) {
        return false;
      }
    }
    return true;
  }

  /** The SHA-256 of {@code content}, in lower-case hex. */
  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
