package dev.asyncgen.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Counts the lines of some files at once, through the generated facade. */
public final class SampleApp {

  private SampleApp() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createTempDirectory("asyncgen-sample");
    for (int i = 1; i <= 5; i++) {
      Files.write(folder.resolve("file-" + i + ".txt"), lines(i * 1000));
    }

    // The blocking implementation: a lambda is enough for a one-method interface.
    LineCounter counter = file -> {
      try (Stream<String> lines = Files.lines(file)) {
        return lines.count();
      }
    };
    // The generated facade: same methods, each returning a CompletableFuture at once.
    LineCounterAsync async = LineCounterAsync.of(counter);

    List<CompletableFuture<Long>> counts = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      counts.add(async.countLines(file));
    }
    for (int i = 0; i < files.size(); i++) {
      System.out.printf("%s: %d lines%n", files.get(i).getFileName(), counts.get(i).join());
    }
    deleteAll(folder, files);
  }

  private static List<String> lines(int count) {
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add("line " + i);
    }
    return lines;
  }

  private static void deleteAll(Path folder, List<Path> files) {
    try {
      for (Path file : files) {
        Files.delete(file);
      }
      Files.delete(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
