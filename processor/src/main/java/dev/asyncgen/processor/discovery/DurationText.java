package dev.asyncgen.processor.discovery;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code timeout} attribute: a whole number followed by {@code ms}, {@code s}, {@code
 * m} or {@code h} ({@code "500ms"}, {@code "5s"}), or ISO-8601 ({@code "PT1.5S"}). For messages,
 * it also guesses what other spellings meant ({@code "1.5s"}, {@code "1d"}, {@code "5 sec"}) and
 * writes a duration back in the short format.
 */
public final class DurationText {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  /** A number and a unit as people write them, for guesses: "1.5s", "1 d", "90 min". */
  private static final Pattern LOOSE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]+)");

  private static final Map<String, Duration> UNITS =
      Map.ofEntries(
          Map.entry("ms", Duration.ofMillis(1)), Map.entry("millis", Duration.ofMillis(1)),
          Map.entry("s", Duration.ofSeconds(1)), Map.entry("sec", Duration.ofSeconds(1)),
          Map.entry("secs", Duration.ofSeconds(1)), Map.entry("seconds", Duration.ofSeconds(1)),
          Map.entry("m", Duration.ofMinutes(1)), Map.entry("min", Duration.ofMinutes(1)),
          Map.entry("mins", Duration.ofMinutes(1)), Map.entry("minutes", Duration.ofMinutes(1)),
          Map.entry("h", Duration.ofHours(1)), Map.entry("hr", Duration.ofHours(1)),
          Map.entry("hours", Duration.ofHours(1)), Map.entry("d", Duration.ofDays(1)),
          Map.entry("day", Duration.ofDays(1)), Map.entry("days", Duration.ofDays(1)));

  /** The short format's units, largest first: the one a duration is written back in. */
  private static final List<Map.Entry<String, Duration>> SHORT_UNITS =
      List.of(
          Map.entry("h", Duration.ofHours(1)),
          Map.entry("m", Duration.ofMinutes(1)),
          Map.entry("s", Duration.ofSeconds(1)),
          Map.entry("ms", Duration.ofMillis(1)));

  private DurationText() {}

  /** The positive duration {@code text} spells, or empty if it spells none. */
  public static Optional<Duration> parse(String text) {
    return read(text).filter(duration -> !duration.isNegative() && !duration.isZero());
  }

  /**
   * The duration {@code text} spells in a format asyncgen reads, whatever its sign. One longer
   * than a {@code Duration} holds (some 292 billion years) is the longest one: the runtime treats
   * any timeout of centuries as none anyway.
   */
  public static Optional<Duration> read(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = SHORT.matcher(trimmed);
    if (matcher.matches()) {
      BigInteger nanos =
          new BigInteger(matcher.group(1)).multiply(BigInteger.valueOf(UNITS.get(matcher.group(2)).toNanos()));
      return Optional.of(nanos.compareTo(LONGEST_NANOS) > 0 ? LONGEST : ofNanos(nanos));
    }
    try {
      return Optional.of(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      if (e.getCause() instanceof ArithmeticException || e.getCause() instanceof NumberFormatException) {
        return Optional.of(trimmed.contains("-") ? LONGEST.negated() : LONGEST); // well formed, too long
      }
      return Optional.empty();
    }
  }

  private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private static final BigInteger LONGEST_NANOS =
      BigInteger.valueOf(Long.MAX_VALUE).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(999_999_999));

  private static Duration ofNanos(BigInteger nanos) {
    BigInteger[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }

  /**
   * What {@code text}, which asyncgen does not read, most likely meant: 1.5 seconds for {@code
   * "1.5s"}, a day for {@code "1d"}; empty if it cannot tell.
   */
  public static Optional<Duration> guess(String text) {
    Matcher matcher = LOOSE.matcher(text.trim().toLowerCase(Locale.ROOT));
    Duration unit = matcher.matches() ? UNITS.get(matcher.group(2)) : null;
    if (unit == null) {
      return Optional.empty();
    }
    try {
      BigDecimal nanos = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit.toNanos()));
      return Optional.of(Duration.ofNanos(nanos.longValueExact()));
    } catch (ArithmeticException tooPreciseOrTooLong) {
      return Optional.empty();
    }
  }

  /**
   * {@code duration} in the short format, in the largest unit that holds it whole: {@code
   * "1500ms"}, {@code "24h"}; empty if it is not a whole number of milliseconds.
   */
  public static Optional<String> shortForm(Duration duration) {
    for (Map.Entry<String, Duration> unit : SHORT_UNITS) {
      if (duration.toNanos() % unit.getValue().toNanos() == 0) {
        return Optional.of(duration.toNanos() / unit.getValue().toNanos() + unit.getKey());
      }
    }
    return Optional.empty();
  }
}
