package dev.asyncgen.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blocking side on its own: real HTTP against the sample's server, no facade. */
class HttpDownloaderTest {

  private static FileServer server;
  private static HttpDownloader downloader;

  @BeforeAll
  static void startServer() throws Exception {
    server = FileServer.start(5, Duration.ZERO);
    downloader = new HttpDownloader(server.uri());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void downloadsEachFileWithTheContentTheServerHas() throws Exception {
    assertEquals(
        List.of("file-01.txt", "file-02.txt", "file-03.txt", "file-04.txt", "file-05.txt"),
        server.fileNames());
    for (String file : server.fileNames()) {
      assertArrayEquals(server.content(file), downloader.download(file), file);
    }
  }

  @Test
  void aMissingFileIsADownloadExceptionFor404() {
    DownloadException missing =
        assertThrows(DownloadException.class, () -> downloader.download("missing.txt"));

    assertEquals(404, missing.status());
    assertEquals("missing.txt", missing.file());
    assertEquals("missing.txt: HTTP 404 Not Found", missing.getMessage());
  }
}
