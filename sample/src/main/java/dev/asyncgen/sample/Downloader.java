package dev.asyncgen.sample;

import dev.asyncgen.Async;
import java.io.IOException;

/**
 * Fetches files, one blocking call at a time: the kind of interface a Java code base is full of.
 *
 * <p>{@code @Async} asks the processor to write {@code DownloaderAsync} at compile time: the same
 * method returning a {@code CompletableFuture<byte[]>} at once, and {@code gatherDownload} to fetch
 * a whole collection of files at once. This interface itself stays synchronous.
 */
@Async
public interface Downloader {

  /**
   * Returns the content of {@code file}, once all of it has arrived.
   *
   * @throws DownloadException if the server answers with anything but 200 OK, e.g. 404
   * @throws IOException if the connection fails
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  byte[] download(String file) throws IOException, InterruptedException;
}
