package dev.asyncgen.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.Gather;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated FileRepositoryAsync over the real JDBC repository and an H2 database. */
class JdbcFileRepositoryTest {

  private JdbcConnectionPool database;
  private FileRepositoryAsync files;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    JdbcFileRepository repository = new JdbcFileRepository(database);
    repository.createTable();
    files = FileRepositoryAsync.of(repository);
  }

  @AfterEach
  void closeDatabase() {
    database.dispose();
  }

  @Test
  void storesManyAtOnceAndReadsThemBack() throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      names.add("file-" + i);
    }

    Gather.map(names, name -> files.save(name, bytes("content of " + name)))
        .get(30, TimeUnit.SECONDS);
    List<Optional<byte[]>> loaded = files.gatherLoad(names).get(30, TimeUnit.SECONDS);

    for (int i = 0; i < names.size(); i++) {
      assertArrayEquals(bytes("content of " + names.get(i)), loaded.get(i).orElseThrow());
    }
  }

  @Test
  void listsEachFileWithTheSizeAndSha256TheDatabaseComputes() throws Exception {
    files.save("b.txt", bytes("bee")).get(30, TimeUnit.SECONDS);
    files.save("a.txt", bytes("a")).get(30, TimeUnit.SECONDS);

    assertEquals(
        List.of(
            new StoredFile("a.txt", 1, sha256(bytes("a"))),
            new StoredFile("b.txt", 3, sha256(bytes("bee")))),
        files.list().get(30, TimeUnit.SECONDS));
  }

  @Test
  void saveReplacesTheFileOfTheSameName() throws Exception {
    files.save("a.txt", bytes("old")).get(30, TimeUnit.SECONDS);
    files.save("a.txt", bytes("new")).get(30, TimeUnit.SECONDS);

    assertArrayEquals(bytes("new"), files.load("a.txt").get(30, TimeUnit.SECONDS).orElseThrow());
    assertEquals(1, files.list().get(30, TimeUnit.SECONDS).size());
  }

  @Test
  void loadOfAFileNeverStoredIsEmpty() throws Exception {
    assertTrue(files.load("nothing.txt").get(30, TimeUnit.SECONDS).isEmpty());
  }

  @Test
  void aDatabaseErrorFailsTheFutureWithTheSqlExceptionItself() {
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () -> files.save(null, bytes("no name")).get(30, TimeUnit.SECONDS));

    SQLException cause = assertInstanceOf(SQLException.class, failed.getCause());
    assertTrue(cause.getMessage().contains("NAME"), cause.getMessage());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
