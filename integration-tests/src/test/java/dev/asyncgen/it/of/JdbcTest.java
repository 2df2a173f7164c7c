package dev.asyncgen.it.of;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JDBC's own interfaces, made asynchronous with {@code @Async.Of}, against a real H2 database. */
class JdbcTest {

  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private Connection connection;
  private ConnectionAsync db;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + System.nanoTime());
    db = ConnectionAsync.of(connection, executor);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    executor.shutdownNow();
  }

  @Test
  void createInsertAndQueryThroughTheFacades() throws Exception {
    Statement statement = db.createStatement().get(10, TimeUnit.SECONDS);
    StatementAsync ddl = StatementAsync.of(statement, executor);
    ddl.execute("create table users (id bigint primary key, name varchar(50))").get(10, TimeUnit.SECONDS);

    PreparedStatement insert =
        db.prepareStatement("insert into users values (?, ?)").get(10, TimeUnit.SECONDS);
    PreparedStatementAsync inserts = PreparedStatementAsync.of(insert, executor);
    for (long id = 1; id <= 3; id++) {
      inserts.setLong(1, id).get(10, TimeUnit.SECONDS);
      inserts.setString(2, "user " + id).get(10, TimeUnit.SECONDS);
      assertEquals(1, inserts.executeUpdate().get(10, TimeUnit.SECONDS));
    }

    ResultSet rows = ddl.executeQuery("select id, name from users order by id").get(10, TimeUnit.SECONDS);
    ResultSetAsync cursor = ResultSetAsync.of(rows, executor);
    List<String> names = new ArrayList<>();
    while (cursor.next().get(10, TimeUnit.SECONDS)) {
      names.add(cursor.getLong("id").join() + ":" + cursor.getString(2).join());
    }
    assertEquals(List.of("1:user 1", "2:user 2", "3:user 3"), names);
  }

  @Test
  void sqlErrorsSurfaceAsTheDriversOwnSqlException() throws Exception {
    Statement statement = db.createStatement().get(10, TimeUnit.SECONDS);

    CompletionException failure =
        assertThrows(
            CompletionException.class,
            () -> StatementAsync.of(statement).executeQuery("select * from no_such_table").join());

    SQLException cause = assertInstanceOf(SQLException.class, failure.getCause());
    assertTrue(cause.getMessage().contains("NO_SUCH_TABLE"), cause.getMessage());
  }

  @Test
  void metadataAndGatherHelpersOverJdbc() throws Exception {
    DatabaseMetaDataAsync meta = DatabaseMetaDataAsync.of(db.getMetaData().get(10, TimeUnit.SECONDS));
    assertEquals("H2", meta.getDatabaseProductName().get(10, TimeUnit.SECONDS));

    // One statement per query, all at once: prepareStatement(String) is the only one-parameter
    // overload of six, so its helper needs no parameter type in its name.
    List<PreparedStatement> prepared =
        db.gatherPrepareStatement(List.of("select 1", "select 2", "select 3")).get(10, TimeUnit.SECONDS);
    assertEquals(3, prepared.size());
    assertFalse(prepared.get(0).isClosed());
  }
}
