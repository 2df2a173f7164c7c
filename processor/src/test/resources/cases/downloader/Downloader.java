package com.example.files;

import dev.asyncgen.Async;
import java.io.IOException;

/** Fetches files over the network, one blocking call at a time. */
@Async
public interface Downloader {

  byte[] download(String file) throws IOException;

  void save(String file, byte[] content) throws IOException;

  long size(String file);
}
