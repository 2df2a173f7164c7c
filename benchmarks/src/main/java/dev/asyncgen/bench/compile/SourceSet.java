package dev.asyncgen.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code count} {@code @Async} interfaces of ten methods each, in mixed shapes: primitives,
 * generic methods and generic interfaces, varargs, checked exceptions (the JDK's and our own),
 * overloads, default methods, arrays, a method returning a stage, and a method inherited from a
 * generic super-interface. Deterministic: the same count gives the same files.
 */
final class SourceSet {

  /** Interfaces per package, so that the set looks like a real code base, not one flat folder. */
  private static final int PER_PACKAGE = 50;

  private SourceSet() {}

  static List<Path> write(Path root, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(
        file(
            root,
            "gen/base/Base.java",
            """
            package gen.base;

            import java.io.IOException;

            /** A generic super-interface: each service inherits {@code load} with T substituted. */
            public interface Base<T> {
              T load(T key) throws IOException;
            }
            """));
    files.add(
        file(
            root,
            "gen/base/ServiceException.java",
            """
            package gen.base;

            /** A checked exception of the code base's own. */
            public class ServiceException extends Exception {
              private static final long serialVersionUID = 1L;

              public ServiceException(String message) {
                super(message);
              }
            }
            """));
    String[] baseArguments = {"String", "Long", "List<String>"};
    for (int i = 0; i < count; i++) {
      String pkg = "gen.p" + (i / PER_PACKAGE);
      boolean generic = i % 3 == 0;
      String name = "Service" + i;
      String self = generic ? name + "<K extends Comparable<K>>" : name;
      String keyType = generic ? "K" : "String";
      String base = "Base<" + baseArguments[i % baseArguments.length] + ">";
      String source =
          """
          package %1$s;

          import dev.asyncgen.Async;
          import gen.base.Base;
          import gen.base.ServiceException;
          import java.io.IOException;
          import java.util.Collection;
          import java.util.List;
          import java.util.Map;
          import java.util.Optional;
          import java.util.Set;
          import java.util.concurrent.CompletableFuture;
          import java.util.concurrent.TimeoutException;

          /** Service number %2$d of the compile-time benchmark. */
          @Async
          public interface %3$s extends %4$s {

            int count(int limit, long since, double ratio, boolean strict);

            String name(String id) throws IOException;

            <T extends Comparable<? super T>> T max(Collection<? extends T> items);

            List<String> join(String separator, String... parts);

            void put(String key, int value);

            void put(String key, String value) throws ServiceException;

            Map<String, List<Integer>> group(Set<String> keys)
                throws TimeoutException, InterruptedException;

            CompletableFuture<byte[]> bytes(long id);

            default Optional<%5$s> first(List<%5$s> keys) {
              return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
            }
          }
          """
              .formatted(pkg, i, self, base, keyType);
      files.add(file(root, pkg.replace('.', '/') + "/" + name + ".java", source));
    }
    return files;
  }

  private static Path file(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
