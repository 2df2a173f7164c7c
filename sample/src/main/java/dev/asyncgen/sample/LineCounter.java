package dev.asyncgen.sample;

import dev.asyncgen.Async;
import java.io.IOException;
import java.nio.file.Path;

/** A plain blocking interface; {@code @Async} makes the processor write {@code LineCounterAsync}. */
@Async
public interface LineCounter {

  long countLines(Path file) throws IOException;
}
