package dev.asyncgen.processor.differential;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Deterministic helpers that generated sync implementations call: a hash of their arguments that
 * is the same in every JVM (no identity hash codes, no {@code Map.of} iteration order), and ways
 * to derive results from it.
 */
public final class Mix {

  private Mix() {}

  /** A hash of {@code values}, looking into arrays, collections, maps, optionals and stages. */
  public static long h(Object... values) {
    long h = 0x2545F4914F6CDD1DL;
    for (Object value : values) {
      h = h * 0x9E3779B97F4A7C15L + hash(value);
    }
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 29);
  }

  private static long hash(Object value) {
    if (value == null) {
      return 17;
    }
    if (value instanceof Double d) {
      return Double.doubleToLongBits(d);
    }
    if (value instanceof Float f) {
      return Float.floatToIntBits(f);
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character
        || value instanceof String) {
      return value.hashCode();
    }
    if (value instanceof Enum<?> e) {
      return e.name().hashCode();
    }
    if (value instanceof Throwable t) {
      return t.getClass().getName().hashCode() * 31L + String.valueOf(t.getMessage()).hashCode();
    }
    if (value.getClass().isArray()) {
      long h = 3;
      for (int i = 0; i < Array.getLength(value); i++) {
        h = h * 31 + hash(Array.get(value, i));
      }
      return h;
    }
    if (value instanceof Map<?, ?> map) {
      long h = 5;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        h += hash(entry.getKey()) ^ (hash(entry.getValue()) * 7);
      }
      return h;
    }
    if (value instanceof Iterable<?> iterable) {
      long h = 7;
      for (Object element : iterable) {
        h = h * 31 + hash(element);
      }
      return h;
    }
    if (value instanceof Optional<?> optional) {
      return 11 + 31 * hash(optional.orElse(null));
    }
    if (value instanceof CompletionStage<?> stage) {
      CompletableFuture<?> future = stage.toCompletableFuture();
      return future.isDone() && !future.isCompletedExceptionally() ? 13 + hash(future.join()) : 13;
    }
    return value.hashCode(); // the generated value classes hash deterministically
  }

  /** Whether a call with hash {@code h} takes the failing branch: one in {@code k}. */
  public static boolean hit(long h, int k) {
    return Math.floorMod(h, k) == 0;
  }

  /** An element of {@code array} chosen by {@code h}, or {@code null} if there is none. */
  public static <E> E pick(E[] array, long h) {
    return array == null || array.length == 0 ? null : array[Math.floorMod(h, array.length)];
  }

  /** An element of {@code list} chosen by {@code h}, or {@code null} if there is none. */
  public static <E> E pick(List<? extends E> list, long h) {
    return list == null || list.isEmpty() ? null : list.get(Math.floorMod(h, list.size()));
  }

  /** Runs {@code runnable}; 1 if it ran. */
  public static int run(Runnable runnable) {
    if (runnable == null) {
      return 0;
    }
    runnable.run();
    return 1;
  }

  /** Feeds {@code value} to {@code consumer}; 1 if it did. */
  public static <A> int accept(Consumer<A> consumer, A value) {
    if (consumer == null) {
      return 0;
    }
    consumer.accept(value);
    return 1;
  }

  /** Runs a task through {@code executor}; 1 if it ran at once. */
  public static int execute(Executor executor) {
    if (executor == null) {
      return 0;
    }
    int[] ran = new int[1];
    executor.execute(() -> ran[0] = 1);
    return ran[0];
  }

  /** A double chosen by {@code h}, now and then NaN, an infinity or negative zero. */
  public static double dbl(long h) {
    return switch (Math.floorMod(h, 11)) {
      case 0 -> Double.NaN;
      case 1 -> -0.0d;
      case 2 -> Double.NEGATIVE_INFINITY;
      default -> Math.floorMod(h, 1000) / 16d;
    };
  }

  /** A float chosen by {@code h}, now and then NaN or negative zero. */
  public static float flt(long h) {
    return switch (Math.floorMod(h, 11)) {
      case 0 -> Float.NaN;
      case 1 -> -0.0f;
      default -> Math.floorMod(h, 1000) / 8f;
    };
  }

  /** Divides by zero, as a JVM-thrown {@link ArithmeticException}. */
  public static long divideByZero(long h) {
    return h / (h - h);
  }

  /** Dereferences {@code null}, as a JVM-thrown {@link NullPointerException}. */
  public static int dereference(String absent) {
    return absent.length();
  }
}
