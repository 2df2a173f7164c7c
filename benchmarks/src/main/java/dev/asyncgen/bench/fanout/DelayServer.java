package dev.asyncgen.bench.fanout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server that answers every connection with one byte after a fixed delay, then closes
 * it. Non-blocking (NIO.2 accept, a scheduler for the delay, two threads in all), so it holds
 * 10,000 connections at once on any JDK without a thread per connection.
 *
 * <p>Run in-process by the fan-out harness, or as its own process ({@link #main}) when the open
 * file limit cannot hold both ends of every connection in one process.
 */
final class DelayServer implements AutoCloseable {

  private static final ByteBuffer ANSWER = ByteBuffer.wrap(new byte[] {42}).asReadOnlyBuffer();

  private final ExecutorService acceptThread;
  private final AsynchronousChannelGroup group;
  private final List<AsynchronousServerSocketChannel> listeners = new ArrayList<>();
  private final int port;
  private final ScheduledExecutorService timer;
  private final long delayNanos;
  private final AtomicLong failed = new AtomicLong();

  DelayServer(long delayMillis) throws IOException {
    this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    this.acceptThread = Executors.newSingleThreadExecutor(daemon("delay-server-io"));
    this.group = AsynchronousChannelGroup.withThreadPool(acceptThread);
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("delay-server-timer"));
    // The kernel caps each accept queue at net.core.somaxconn (often 4096): a burst of 10,000
    // connects overflows one queue, and each dropped SYN costs its caller a 1 s retransmit. So
    // where the OS allows it, several listeners share the port (SO_REUSEPORT) and the kernel
    // spreads the connections over their queues.
    AsynchronousServerSocketChannel first = listen(0);
    this.port = ((InetSocketAddress) first.getLocalAddress()).getPort();
    if (first.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT)) {
      for (int i = 1; i < LISTENERS; i++) {
        listen(port);
      }
    }
    for (AsynchronousServerSocketChannel listener : listeners) {
      acceptNext(listener);
    }
  }

  /** Listeners sharing the port where SO_REUSEPORT allows; 4 x 4096 queued connects. */
  private static final int LISTENERS = 4;

  private AsynchronousServerSocketChannel listen(int port) throws IOException {
    AsynchronousServerSocketChannel listener = AsynchronousServerSocketChannel.open(group);
    if (listener.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT)) {
      listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
    }
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 65_535);
    listeners.add(listener);
    return listener;
  }

  int port() {
    return port;
  }

  int listeners() {
    return listeners.size();
  }

  long failed() {
    return failed.get();
  }

  private void acceptNext(AsynchronousServerSocketChannel server) {
    server.accept(
        null,
        new CompletionHandler<AsynchronousSocketChannel, Void>() {
          @Override
          public void completed(AsynchronousSocketChannel connection, Void ignored) {
            acceptNext(server);
            timer.schedule(() -> answer(connection), delayNanos, TimeUnit.NANOSECONDS);
          }

          @Override
          public void failed(Throwable failure, Void ignored) {
            if (server.isOpen()) {
              DelayServer.this.failed.incrementAndGet();
              acceptNext(server);
            }
          }
        });
  }

  private void answer(AsynchronousSocketChannel connection) {
    connection.write(
        ANSWER.duplicate(),
        connection,
        new CompletionHandler<Integer, AsynchronousSocketChannel>() {
          @Override
          public void completed(Integer written, AsynchronousSocketChannel channel) {
            closeQuietly(channel);
          }

          @Override
          public void failed(Throwable failure, AsynchronousSocketChannel channel) {
            DelayServer.this.failed.incrementAndGet();
            closeQuietly(channel);
          }
        });
  }

  private static void closeQuietly(AsynchronousSocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // the client is gone: nothing to answer any more
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() throws IOException {
    for (AsynchronousServerSocketChannel listener : listeners) {
      listener.close();
    }
    timer.shutdownNow();
    group.shutdownNow();
  }

  /**
   * Runs the server as a process of its own: prints {@code PORT <n>}, then serves until its
   * standard input closes (its parent exits or closes the pipe).
   */
  public static void main(String[] args) throws IOException {
    long delayMillis = args.length > 0 ? Long.parseLong(args[0]) : 50;
    try (DelayServer server = new DelayServer(delayMillis)) {
      System.out.println("PORT " + server.port() + " " + server.listeners());
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // wait for the parent to go away
      }
    }
  }
}
