package dev.asyncgen.processor.discovery;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code timeout} attribute: {@code "500ms"}, {@code "5s"}, {@code "2m"}, {@code "1h"}, or ISO-8601. */
public final class DurationText {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private DurationText() {}

  /** The positive duration {@code text} spells, or empty if it spells none. */
  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Duration duration;
    Matcher matcher = SHORT.matcher(trimmed);
    try {
      if (matcher.matches()) {
        long amount = Long.parseLong(matcher.group(1));
        duration =
            switch (matcher.group(2)) {
              case "ms" -> Duration.ofMillis(amount);
              case "s" -> Duration.ofSeconds(amount);
              case "m" -> Duration.ofMinutes(amount);
              default -> Duration.ofHours(amount);
            };
      } else {
        duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
    return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
  }
}
