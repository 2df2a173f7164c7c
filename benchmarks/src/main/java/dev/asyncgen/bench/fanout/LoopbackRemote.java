package dev.asyncgen.bench.fanout;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connects to the {@link DelayServer} on loopback and blocks in a real socket read until it
 * answers. Counts the calls in flight, so that the harness can report how many ran at once.
 */
final class LoopbackRemote implements Remote {

  private final InetAddress host = InetAddress.getLoopbackAddress();
  private final int port;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakInFlight = new AtomicInteger();

  LoopbackRemote(int port) {
    this.port = port;
  }

  @Override
  public int fetch(int id) throws IOException {
    int now = inFlight.incrementAndGet();
    peakInFlight.accumulateAndGet(now, Math::max);
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000); // a lost answer fails the run instead of hanging it
      InputStream in = socket.getInputStream();
      int answer = in.read();
      if (answer < 0) {
        throw new EOFException("server closed without answering call " + id);
      }
      return answer + id;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** The most calls in flight at once since the last reset. */
  int resetPeakInFlight() {
    return peakInFlight.getAndSet(inFlight.get());
  }
}
