package dev.asyncgen.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP file server on the loopback interface that stands in for a remote one: it answers each
 * request for a file only after a fixed latency, as a server across the network would. It serves
 * {@code file-01.txt}, {@code file-02.txt}, … with content made from the file's name, answers
 * {@code 404 Not Found} at once for any other name, and counts how many requests it is serving at
 * the same moment.
 */
public final class FileServer implements AutoCloseable {

  private static final String PATH = "/files/";

  private final Map<String, byte[]> files;
  private final Duration latency;
  private final ExecutorService workers;
  private final HttpServer server;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private FileServer(Map<String, byte[]> files, Duration latency) throws IOException {
    this.files = files;
    this.latency = latency;
    // One thread per request being served, so that requests overlap; the JDK server's default
    // is a single thread, which would serve them one by one whatever the client does.
    this.workers = Executors.newCachedThreadPool(FileServer::daemon);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(workers);
    server.start();
  }

  /** Starts serving {@code fileCount} files on a free port, each after {@code latency}. */
  public static FileServer start(int fileCount, Duration latency) throws IOException {
    // The JDK server writes a response's headers and body separately; without TCP_NODELAY the
    // body waits for the client's delayed ACK, some 40 ms on top of the latency we mean to show.
    // Read once per JVM, by the first server created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 1; i <= fileCount; i++) {
      String name = String.format("file-%02d.txt", i);
      files.put(name, contentOf(name, i));
    }
    return new FileServer(files, latency);
  }

  /** Where the files are, e.g. {@code http://127.0.0.1:41234/files/}. */
  public URI uri() {
    return URI.create("http://" + server.getAddress().getHostString() + ":"
        + server.getAddress().getPort() + PATH);
  }

  /** The names of the files served, in order. */
  public List<String> fileNames() {
    return new ArrayList<>(files.keySet());
  }

  /** The content served for {@code name}. */
  public byte[] content(String name) {
    byte[] content = files.get(name);
    if (content == null) {
      throw new IllegalArgumentException("not served: " + name);
    }
    return content.clone();
  }

  public Duration latency() {
    return latency;
  }

  /**
   * The most requests this server was serving at the same moment since the last call, and starts
   * counting again.
   */
  public int takeMaxInFlight() {
    return maxInFlight.getAndSet(inFlight.get());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring(PATH.length());
      byte[] content = files.get(name);
      if (content == null) {
        respond(exchange, 404, ("no such file: " + name + "\n").getBytes(StandardCharsets.UTF_8));
        return;
      }
      delay();
      respond(exchange, 200, content);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt(); // close() is shutting the workers down
    }
  }

  /**
   * Waits for the latency, counting the requests waiting at the same moment. The count drops
   * before the response goes out, so a client that sends its next request only once it has the
   * last response never makes it two.
   */
  private void delay() throws InterruptedException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(latency.toMillis());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops the server at once, and the requests it is still serving. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  /** Some lines of text naming the file, more for later files: deterministic, easy to check. */
  private static byte[] contentOf(String name, int index) {
    StringBuilder text = new StringBuilder();
    for (int line = 1; line <= 10 * index; line++) {
      text.append(name).append(", line ").append(line).append(": the quick brown fox\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "file-server");
    thread.setDaemon(true);
    return thread;
  }
}
