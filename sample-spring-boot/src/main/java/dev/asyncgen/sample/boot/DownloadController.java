package dev.asyncgen.sample.boot;

import dev.asyncgen.Gather;
import dev.asyncgen.sample.DownloaderAsync;
import dev.asyncgen.sample.FileRepositoryAsync;
import dev.asyncgen.sample.FileServer;
import dev.asyncgen.sample.StoredFile;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads every file of the server at once and stores them, through the facade beans. The
 * handlers return the facades' futures: Spring MVC answers when they complete, and no request
 * thread waits meanwhile.
 */
@RestController
public class DownloadController {

  private final FileServer server;
  private final DownloaderAsync downloads;
  private final FileRepositoryAsync files;

  /** The facade beans are injected like any other bean. */
  public DownloadController(FileServer server, DownloaderAsync downloads, FileRepositoryAsync files) {
    this.server = server;
    this.downloads = downloads;
    this.files = files;
  }

  /** Downloads all files at once (gatherDownload), then saves them all at once, then lists them. */
  @PostMapping("/downloads")
  public CompletableFuture<Downloaded> downloadAll() {
    List<String> names = server.fileNames();
    long start = System.nanoTime();
    return downloads
        .gatherDownload(names)
        .thenCompose(
            contents ->
                Gather.map(indexes(names), i -> files.save(names.get(i), contents.get(i)))
                    .thenCompose(saved -> files.list())
                    .thenApply(
                        stored ->
                            new Downloaded(
                                stored.size(),
                                contents.stream().mapToLong(content -> content.length).sum(),
                                (System.nanoTime() - start) / 1_000_000,
                                stored)));
  }

  private static List<Integer> indexes(List<?> list) {
    return IntStream.range(0, list.size()).boxed().toList();
  }

  /** What is stored now. */
  @GetMapping("/files")
  public CompletableFuture<List<StoredFile>> stored() {
    return files.list();
  }

  /**
   * The answer of {@code POST /downloads}.
   *
   * @param files how many files were downloaded and stored
   * @param bytes their total size
   * @param millis the time it all took
   * @param stored the files as the database has them
   */
  public record Downloaded(int files, long bytes, long millis, List<StoredFile> stored) {}
}
