package dev.asyncgen.sample;

import java.time.Duration;
import java.util.Locale;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Runs the sample: starts a file server and an in-memory database on this machine, downloads the
 * files one by one and then all at once, stores them, and prints what happened.
 *
 * <p>Read {@link Downloader} and {@link FileRepository} first: two plain blocking interfaces
 * marked {@code @Async}. Then {@link SampleRun}, which calls them through the generated facades.
 */
public final class SampleApp {

  private static final int FILES = 20;
  private static final Duration LATENCY = Duration.ofMillis(200);

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    // H2 in memory, through a small connection pool: each blocking call takes a connection of
    // its own. DB_CLOSE_DELAY=-1 keeps the database while the JVM runs, not just while some
    // connection is open.
    JdbcConnectionPool database =
        JdbcConnectionPool.create("jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1", "sa", "");
    try (FileServer server = FileServer.start(FILES, LATENCY)) {
      JdbcFileRepository repository = new JdbcFileRepository(database);
      repository.createTable();
      Report report =
          new SampleRun(server, new HttpDownloader(server.uri()), repository, System.out::println)
              .run();
      System.out.printf(
          Locale.ROOT,
          "One by one %s, all at once %s: %.1fx faster.%n",
          SampleRun.seconds(report.oneByOne().time()),
          SampleRun.seconds(report.allAtOnce().time()),
          report.speedUp());
    } finally {
      database.dispose();
    }
  }
}
