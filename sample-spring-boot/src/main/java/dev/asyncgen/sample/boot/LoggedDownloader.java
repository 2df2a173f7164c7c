package dev.asyncgen.sample.boot;

import dev.asyncgen.sample.Downloader;
import dev.asyncgen.sample.FileServer;
import dev.asyncgen.sample.HttpDownloader;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Downloads from the file server, and logs each download: the log line is written by the blocking
 * call, on an executor thread, and carries the trace ID of the request that asked for it.
 */
@Service
public class LoggedDownloader implements Downloader {

  private static final Logger LOG = LoggerFactory.getLogger(LoggedDownloader.class);

  private final HttpDownloader http;

  public LoggedDownloader(FileServer server) {
    this.http = new HttpDownloader(server.uri());
  }

  @Override
  public byte[] download(String file) throws IOException, InterruptedException {
    LOG.info("Downloading {}", file);
    return http.download(file);
  }
}
