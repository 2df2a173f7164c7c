package dev.asyncgen.sample;

import java.io.IOException;

/** The server answered, but not with the file: 404 Not Found, 500, … */
public class DownloadException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int status;

  public DownloadException(String file, int status) {
    super(file + ": HTTP " + status + (status == 404 ? " Not Found" : ""));
    this.file = file;
    this.status = status;
  }

  public String file() {
    return file;
  }

  /** The HTTP status code, e.g. 404. */
  public int status() {
    return status;
  }
}
