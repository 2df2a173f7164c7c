package dev.asyncgen.sample;

import dev.asyncgen.Async;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Stores downloaded files, one blocking call at a time. {@code @Async} again: the processor writes
 * {@code FileRepositoryAsync}, with {@code gatherLoad} for the one-parameter {@code load}.
 */
@Async
public interface FileRepository {

  /** Stores {@code content} as {@code name}, replacing a file stored under that name before. */
  void save(String name, byte[] content) throws SQLException;

  /** The content stored as {@code name}, or empty. */
  Optional<byte[]> load(String name) throws SQLException;

  /** Every stored file, by name. */
  List<StoredFile> list() throws SQLException;
}
