package dev.asyncgen.cmp.asyncgen;

import dev.asyncgen.Async;
import dev.asyncgen.cmp.Flaky;
import dev.asyncgen.cmp.Probe;
import java.io.IOException;

/**
 * The synchronous interface the asyncgen tests wrap: each method hands its work to a {@link
 * Probe}. asyncgen writes {@code WorkAsync} and {@code WorkAsyncImpl} from it at compile time.
 */
@Async
public interface Work {

  int hold(Probe probe, int value) throws InterruptedException;

  String threadName(Probe probe);

  String user(Probe probe);

  String fail(Probe probe, String message) throws IOException;

  void failVoid(Probe probe, String message) throws IOException;

  /** One attempt of a call that fails now and then: for the retry rows. */
  int attempt(Flaky flaky, int value) throws Exception;
}
