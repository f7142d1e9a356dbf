package io.moneytrail.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** Reads durations: {@code 72h}, {@code 7d}, {@code 30m}, {@code 45s}, {@code 2w}, or ISO-8601 ({@code PT30M}, {@code P7D}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * @param value text such as {@code 72h}
   * @return the duration
   * @throws CommandLine.TypeConversionException when it is not a duration
   */
  static Duration parse(String value) {
    String v = value.trim();
    try {
      if (v.toUpperCase(Locale.ROOT).startsWith("P")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      if (v.length() >= 2) {
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        switch (Character.toLowerCase(v.charAt(v.length() - 1))) {
          case 's':
            return Duration.ofSeconds(n);
          case 'm':
            return Duration.ofMinutes(n);
          case 'h':
            return Duration.ofHours(n);
          case 'd':
            return Duration.ofDays(n);
          case 'w':
            return Duration.ofDays(7 * n);
          default:
            break;
        }
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      // fall through to the message below
    }
    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (examples: 72h, 7d, 30m, PT30M)");
  }
}
