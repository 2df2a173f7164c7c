package dev.asyncgen.it.reliability;

import dev.asyncgen.Async;
import java.io.IOException;

/** Blocks on real I/O: a read from a loopback socket that nobody writes to. */
@Async
public interface Receiver {

  int receive() throws IOException;
}
