package dev.asyncgen.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stores files in a SQL table through plain JDBC. Each call takes a connection from the data
 * source and gives it back, so calls on different threads never share one.
 *
 * <p>The SQL is H2's ({@code MERGE … KEY}, {@code HASH}); the rest is portable JDBC.
 */
public final class JdbcFileRepository implements FileRepository {

  private final DataSource dataSource;

  public JdbcFileRepository(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Creates the table if the database does not have it yet. */
  public void createTable() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS files ("
              + "name VARCHAR(255) PRIMARY KEY, "
              + "content VARBINARY NOT NULL)");
    }
  }

  @Override
  public void save(String name, byte[] content) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "MERGE INTO files (name, content) KEY (name) VALUES (?, ?)")) {
      insert.setString(1, name);
      insert.setBytes(2, content);
      insert.executeUpdate();
    }
  }

  @Override
  public Optional<byte[]> load(String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT content FROM files WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    }
  }

  @Override
  public List<StoredFile> list() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name, OCTET_LENGTH(content), HASH('SHA-256', content) "
                    + "FROM files ORDER BY name")) {
      List<StoredFile> files = new ArrayList<>();
      while (rows.next()) {
        files.add(
            new StoredFile(
                rows.getString(1), rows.getLong(2), HexFormat.of().formatHex(rows.getBytes(3))));
      }
      return files;
    }
  }

  @Override
  public String toString() {
    return "JdbcFileRepository[" + dataSource + "]";
  }
}
