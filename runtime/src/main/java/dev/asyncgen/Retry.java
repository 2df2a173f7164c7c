package dev.asyncgen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a facade call is tried again, and how long it waits first: {@link
 * AsyncOptions#withRetry(Retry)}. Immutable: every {@code with} method returns a changed copy.
 *
 * <pre>{@code
 * AsyncOptions.defaults()
 *     .withTimeout(Duration.ofSeconds(5))            // for the call: every attempt and wait
 *     .withRetry(Retry.on(IOException.class)         // only these failures are retried
 *         .withMaxAttempts(4)                        // the first call and three retries
 *         .withBackoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2))
 *         .withJitter(0.5));                         // each wait 50% shorter to 50% longer
 * }</pre>
 *
 * <p>Attempt {@code n + 1} waits {@code min(maxDelay, initialDelay × multiplier^(n-1))}, drawn
 * uniformly from {@code jitter} below to {@code jitter} above that, and never above {@code
 * maxDelay}, so that clients that failed together do not retry together. The wait is an entry of
 * the runtime's timer: no thread is held, and no concurrency-limit slot.
 *
 * <p>Defaults: 3 attempts, 100 ms, multiplier 2, at most 5 s, jitter 0.5.
 */
public final class Retry {

  private final List<Class<? extends Throwable>> exceptions;
  private final int maxAttempts;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final double jitter;

  private Retry(
      List<Class<? extends Throwable>> exceptions,
      int maxAttempts,
      Duration initialDelay,
      double multiplier,
      Duration maxDelay,
      double jitter) {
    this.exceptions = exceptions;
    this.maxAttempts = maxAttempts;
    this.initialDelay = initialDelay;
    this.multiplier = multiplier;
    this.maxDelay = maxDelay;
    this.jitter = jitter;
  }

  /**
   * Retries a call that failed with an instance of one of {@code exceptions} (the call's own
   * exception, not its cause); any other failure ends the call at once.
   */
  @SafeVarargs
  public static Retry on(Class<? extends Throwable> exception, Class<? extends Throwable>... more) {
    List<Class<? extends Throwable>> named = new ArrayList<>();
    named.add(Objects.requireNonNull(exception, "exception"));
    Objects.requireNonNull(more, "more");
    for (int i = 0; i < more.length; i++) {
      named.add(Objects.requireNonNull(more[i], "more[" + i + "]"));
    }
    return new Retry(List.copyOf(named), 3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(5), 0.5);
  }

  /** At most {@code maxAttempts} attempts, the first included; 1 never retries. */
  public Retry withMaxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    return new Retry(exceptions, maxAttempts, initialDelay, multiplier, maxDelay, jitter);
  }

  /**
   * Waits {@code initialDelay} before the first retry, {@code multiplier} times as long before each
   * next one, never longer than {@code maxDelay}. A multiplier of 1 waits the same every time.
   */
  public Retry withBackoff(Duration initialDelay, double multiplier, Duration maxDelay) {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must not be negative, was " + initialDelay);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay must be at least initialDelay (" + initialDelay + "), was " + maxDelay);
    }
    return new Retry(exceptions, maxAttempts, initialDelay, multiplier, maxDelay, jitter);
  }

  /**
   * Spreads each wait by up to {@code fraction} of it either way: 0 waits exactly, 0.5 waits
   * between half and one and a half times the delay.
   */
  public Retry withJitter(double fraction) {
    if (!(fraction >= 0.0 && fraction <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + fraction);
    }
    return new Retry(exceptions, maxAttempts, initialDelay, multiplier, maxDelay, fraction);
  }

  /** The exceptions retried, in the order named. */
  public List<Class<? extends Throwable>> exceptions() {
    return exceptions;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialDelay() {
    return initialDelay;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  public double jitter() {
    return jitter;
  }

  /** Whether a call whose attempt {@code attempt} failed with {@code failure} is tried again. */
  boolean retries(int attempt, Throwable failure) {
    if (attempt >= maxAttempts) {
      return false;
    }
    for (Class<? extends Throwable> exception : exceptions) {
      if (exception.isInstance(failure)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait before attempt {@code attempt} (2 for the first retry); {@code random} gives numbers
   * in {@code [0, 1)}.
   */
  Duration delayBefore(int attempt, DoubleSupplier random) {
    double maxNanos = Durations.toNanos(maxDelay);
    double initialNanos = Durations.toNanos(initialDelay);
    double base = Math.min(maxNanos, initialNanos * Math.pow(multiplier, attempt - 2));
    double spread = base * jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofNanos((long) Math.max(0, Math.min(maxNanos, base + spread)));
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (Class<? extends Throwable> exception : exceptions) {
      names.add(exception.getSimpleName());
    }
    return "Retry{on=" + names + ", maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay
        + ", multiplier=" + multiplier + ", maxDelay=" + maxDelay + ", jitter=" + jitter + "}";
  }
}
