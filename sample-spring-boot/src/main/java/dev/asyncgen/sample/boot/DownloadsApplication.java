package dev.asyncgen.sample.boot;

import dev.asyncgen.sample.FileServer;
import dev.asyncgen.sample.JdbcFileRepository;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The sample's downloads as a Boot application. Its beans implement two {@code @Async} interfaces
 * ({@link dev.asyncgen.sample.Downloader} by {@link LoggedDownloader}, {@link
 * dev.asyncgen.sample.FileRepository} by {@link JdbcFileRepository}); the starter adds a {@code
 * DownloaderAsync} and a {@code FileRepositoryAsync} bean, which {@link DownloadController}
 * injects. Nothing here configures asyncgen but {@code application.properties}.
 */
@SpringBootApplication
public class DownloadsApplication {

  public static void main(String[] args) {
    SpringApplication.run(DownloadsApplication.class, args);
  }

  /** The stand-in for a remote server: 20 files, each served after 200 ms. */
  @Bean(destroyMethod = "close")
  FileServer fileServer() throws IOException {
    return FileServer.start(20, Duration.ofMillis(200));
  }

  /** Plain JDBC on Boot's data source (an in-memory H2 database behind a connection pool). */
  @Bean(initMethod = "createTable")
  JdbcFileRepository jdbcFileRepository(DataSource dataSource) {
    return new JdbcFileRepository(dataSource);
  }
}
