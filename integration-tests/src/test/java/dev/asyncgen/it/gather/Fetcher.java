package dev.asyncgen.it.gather;

import dev.asyncgen.Async;
import java.io.IOException;
import java.util.List;

/** One-parameter methods get gather helpers. */
@Async
public interface Fetcher {

  String download(String file) throws IOException;

  String find(long id);

  String find(String name);

  int count(List<String> items);

  <T> T identity(T value);

  void touch(int n);
}
