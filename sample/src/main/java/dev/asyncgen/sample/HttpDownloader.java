package dev.asyncgen.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** Downloads files over HTTP with the JDK's client, blocking the calling thread. */
public final class HttpDownloader implements Downloader {

  private final URI base;
  private final HttpClient client;

  /** Downloads the files under {@code base}, e.g. {@code http://127.0.0.1:8080/files/}. */
  public HttpDownloader(URI base) {
    this.base = Objects.requireNonNull(base, "base");
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @Override
  public byte[] download(String file) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(file)).timeout(Duration.ofSeconds(30)).build();
    // send() is the blocking call: this thread waits until the whole body has arrived. The
    // facade runs it on another thread; cancelling the facade's future interrupts the wait.
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new DownloadException(file, response.statusCode());
    }
    return response.body();
  }

  @Override
  public String toString() {
    return "HttpDownloader[" + base + "]";
  }
}
