package io.moneytrail.analysis;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one duration grammar of moneytrail, for command-line options and settings alike, and the one
 * way durations are written for people.
 *
 * <p>Grammar: a whole number followed by a unit, {@code ms} (milliseconds), {@code s} (seconds),
 * {@code m} (minutes), {@code h} (hours), {@code d} (days of 24 hours) or {@code w} (weeks of 7
 * days), e.g. {@code 500ms}, {@code 36h}, {@code 7d}, {@code 2w}; or an ISO-8601 duration such as
 * {@code PT1H} or {@code P7D}. Units and the ISO letters are case-insensitive; surrounding spaces are
 * ignored. Negative durations parse (validation is the options' job).
 */
public final class Durations {
  private static final long[] UNIT_MILLIS = {7 * 86_400_000L, 86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
  private static final String[] UNIT_NAMES = {"week", "day", "hour", "minute", "second", "millisecond"};

  private Durations() {}

  /**
   * @param option the option being read, for the error
   * @param text a duration in the grammar above
   * @return the duration
   * @throws OptionException naming the option when the text is not a duration
   */
  public static Duration parse(String option, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p") || t.startsWith("-p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      int split = t.length();
      while (split > 0 && Character.isLetter(t.charAt(split - 1))) {
        split--;
      }
      String number = t.substring(0, split).trim();
      String unit = t.substring(split);
      if (!number.isEmpty() && number.matches("-?\\d+")) {
        long n = Long.parseLong(number);
        switch (unit) {
          case "ms":
            return Duration.ofMillis(n);
          case "s":
            return Duration.ofSeconds(n);
          case "m":
            return Duration.ofMinutes(n);
          case "h":
            return Duration.ofHours(n);
          case "d":
            return Duration.ofDays(n);
          case "w":
            return Duration.ofDays(Math.multiplyExact(n, 7));
          default:
            break;
        }
      }
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      throw new OptionException(option, text, "must be a duration such as 500ms, 30m, 36h, 7d, 2w or PT1H, was '"
          + text + "'", e);
    }
    throw new OptionException(option, text, "must be a duration such as 500ms, 30m, 36h, 7d, 2w or PT1H, was '"
        + text + "'");
  }

  /**
   * A duration for people, in the largest unit that holds it exactly (weeks are written as days):
   * {@code 30 days}, {@code 1 day}, {@code 36 hours}, {@code 90 minutes}, {@code 1 second},
   * {@code 500 milliseconds}; {@code 0 seconds} for zero. Below a millisecond the ISO-8601 form is used.
   *
   * @param d the duration
   * @return it in words
   */
  public static String human(Duration d) {
    if (d.isZero()) {
      return "0 seconds";
    }
    long ms;
    try {
      ms = d.toMillis();
    } catch (ArithmeticException e) {
      return d.toString();
    }
    if (!Duration.ofMillis(ms).equals(d)) {
      return d.toString();
    }
    for (int i = 1; i < UNIT_MILLIS.length; i++) {
      if (ms % UNIT_MILLIS[i] == 0) {
        long n = ms / UNIT_MILLIS[i];
        return String.format(Locale.ROOT, "%,d", n) + " " + UNIT_NAMES[i] + (Math.abs(n) == 1 ? "" : "s");
      }
    }
    return d.toString();
  }

  /**
   * Checks a window or delay option: not negative and at most {@link #MAX_WINDOW} (so that
   * millisecond arithmetic on it cannot overflow).
   *
   * @param option the option's key
   * @param value the duration
   * @return the value
   * @throws OptionException when it is null, negative or too long
   */
  public static Duration window(String option, Duration value) {
    if (value == null) {
      throw new OptionException(option, "", "must be given");
    }
    if (value.isNegative()) {
      throw new OptionException(option, value.toString(), "must not be negative, was " + value);
    }
    if (value.compareTo(MAX_WINDOW) > 0) {
      throw new OptionException(option, value.toString(), "is too long (at most " + human(MAX_WINDOW) + "), was " + value);
    }
    return value;
  }

  /** The longest window or delay any option accepts: 2^61 milliseconds (about 73 million years). */
  public static final Duration MAX_WINDOW = Duration.ofMillis(Long.MAX_VALUE / 4);
}
