package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

/** Methods that declare checked exceptions, including type-variable ones. */
@Async
public interface Throwing {
  String read(String path) throws IOException;

  void write(String path, String text) throws IOException, SQLException;

  int parse(String text) throws Exception;

  <X extends Exception> void rethrow(X exception) throws X;

  <X extends Throwable> String orElseThrow(String value, X exception) throws X;

  long slow() throws TimeoutException, InterruptedException;

  void anything() throws Throwable;
}
