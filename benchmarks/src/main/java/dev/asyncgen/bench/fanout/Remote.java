package dev.asyncgen.bench.fanout;

import dev.asyncgen.Async;
import java.io.IOException;

/** A remote call that blocks on a socket read: what the fan-out harness gathers 10,000 of. */
@Async
public interface Remote {

  /** Asks the server for one byte and blocks until it comes. */
  int fetch(int id) throws IOException;
}
