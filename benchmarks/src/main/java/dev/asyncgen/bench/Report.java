package dev.asyncgen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a plain (non-JMH) harness: named values in insertion order, printed for a person
 * and written as JSON. Small on purpose: the harnesses need no JSON library.
 */
public final class Report {

  private final Map<String, Object> values = new LinkedHashMap<>();

  public Report() {
    put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    put("availableProcessors", Runtime.getRuntime().availableProcessors());
  }

  public Report put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  public void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, toJson(values, "") + "\n", StandardCharsets.UTF_8);
  }

  /** The median of {@code samples}; the mean of the middle two for an even count. */
  public static double median(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  public static double median(long[] samples) {
    return median(Arrays.stream(samples).asDoubleStream().toArray());
  }

  private static String toJson(Object value, String indent) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof double[] array) {
      return Arrays.toString(array);
    }
    if (value instanceof long[] array) {
      return Arrays.toString(array);
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder json = new StringBuilder("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.append(inner).append(quote(entry.getKey().toString())).append(": ");
        json.append(toJson(entry.getValue(), inner));
        json.append(++i < map.size() ? ",\n" : "\n");
      }
      return json.append(indent).append('}').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder json = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        json.append(i == 0 ? "" : ", ").append(toJson(list.get(i), indent));
      }
      return json.append(']').toString();
    }
    return quote(value.toString());
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
