package io.moneytrail.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses timestamps into epoch milliseconds. Without a pattern it reads ISO-8601 shapes by hand
 * (fast): {@code yyyy-MM-dd}, optionally followed by {@code T} or a space and {@code HH:mm},
 * {@code HH:mm:ss} or {@code HH:mm:ss.fraction}, optionally followed by {@code Z} or an offset
 * ({@code +02:00}, {@code +0200}, {@code +02}); {@code /} may separate the date parts instead of
 * {@code -}. Times without an offset are in the declared zone (a time its clocks skip is refused;
 * one that occurs twice takes the earlier offset). Impossible dates (31 April) are
 * refused, as are non-zero digits below the millisecond (never rounded).
 */
final class TimestampParser {
  private static final long MILLIS_PER_DAY = 86_400_000L;
  private final ZoneId zone;
  private final ZoneOffset fixedOffset;
  private final DateTimeFormatter formatter;
  private final String patternText;

  TimestampParser(ZoneId zone, Optional<String> pattern) {
    this.zone = zone;
    this.fixedOffset = zone instanceof ZoneOffset o ? o : zone.getRules().isFixedOffset() ? zone.getRules().getOffset(java.time.Instant.EPOCH) : null;
    this.formatter = pattern.map(TimestampParser::formatter).orElse(null);
    this.patternText = pattern.orElse("");
  }

  /** Rejects a pattern that {@link DateTimeFormatter} cannot compile. */
  static void checkPattern(String pattern) {
    formatter(pattern);
  }

  private static DateTimeFormatter formatter(String pattern) {
    try {
      // strict resolving refuses 31 April; 'u' (proleptic year) instead of 'y' (year of era) keeps it simple
      return DateTimeFormatter.ofPattern(yearOfEraToYear(pattern), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid timestamp format '" + pattern + "': " + e.getMessage(), e);
    }
  }

  private static String yearOfEraToYear(String pattern) {
    StringBuilder s = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      s.append(!quoted && c == 'y' ? 'u' : c);
    }
    return s.toString();
  }

  long parse(String text) throws BadCell {
    return formatter != null ? parsePattern(text) : parseIso(text);
  }

  private long parsePattern(String text) throws BadCell {
    try {
      TemporalAccessor t = formatter.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
      if (t instanceof ZonedDateTime z) {
        return checkedMillis(z.toInstant());
      }
      LocalDateTime local = t instanceof LocalDateTime l ? l : ((LocalDate) t).atStartOfDay();
      return checkedMillis(inZone(local));
    } catch (DateTimeParseException e) {
      throw new BadCell("timestamp does not match the format " + formatterText() + ": " + reasonOf(e));
    } catch (DateTimeException e) {
      throw new BadCell("timestamp is not a valid date and time: " + e.getMessage());
    }
  }

  private String formatterText() {
    return "'" + patternText + "'";
  }

  private static String reasonOf(DateTimeParseException e) {
    Throwable cause = e.getCause();
    return cause != null ? cause.getMessage() : e.getMessage();
  }

  private static long checkedMillis(java.time.Instant instant) throws BadCell {
    if (instant.getNano() % 1_000_000 != 0) {
      throw new BadCell("timestamp has precision below a millisecond, which is not kept");
    }
    return instant.toEpochMilli();
  }

  private long parseIso(String s) throws BadCell {
    int n = s.length();
    if (n < 10) {
      throw invalid();
    }
    int year = digits(s, 0, 4);
    char sep = s.charAt(4);
    if ((sep != '-' && sep != '/') || s.charAt(7) != sep) {
      throw invalid();
    }
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (month < 1 || month > 12) {
      throw new BadCell("timestamp names month " + month + ", which does not exist");
    }
    int dim = daysInMonth(year, month);
    if (day < 1 || day > dim) {
      throw new BadCell("timestamp names day " + day + " of a month with " + dim + " days");
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    int i = 10;
    if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == ' ') && i + 1 < n && isDigit(s.charAt(i + 1))) {
      if (n < i + 6 || s.charAt(i + 3) != ':') {
        throw invalid();
      }
      hour = digits(s, i + 1, 2);
      minute = digits(s, i + 4, 2);
      i += 6;
      if (i < n && s.charAt(i) == ':') {
        if (n < i + 3) {
          throw invalid();
        }
        second = digits(s, i + 1, 2);
        i += 3;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
          i++;
          int start = i;
          while (i < n && isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            int pos = i - start;
            if (pos < 3) {
              millis = millis * 10 + d;
            } else if (d != 0) {
              throw new BadCell("timestamp has precision below a millisecond, which is not kept");
            }
            i++;
          }
          int len = i - start;
          if (len == 0 || len > 9) {
            throw invalid();
          }
          for (int k = len; k < 3; k++) {
            millis *= 10;
          }
        }
      }
      if (hour > 23 || minute > 59 || second > 59) {
        throw new BadCell("timestamp names time " + s.substring(11, Math.min(n, 19)) + ", which does not exist");
      }
    }
    long localMillis = epochDay(year, month, day) * MILLIS_PER_DAY + hour * 3_600_000L + minute * 60_000L
        + second * 1000L + millis;
    if (i == n) {
      if (fixedOffset != null) {
        return localMillis - fixedOffset.getTotalSeconds() * 1000L;
      }
      LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
      return inZone(ldt).toEpochMilli();
    }
    char c = s.charAt(i);
    if (c == 'Z' && i + 1 == n) {
      return localMillis;
    }
    if ((c == '+' || c == '-') && (n - i == 3 || n - i == 5 || n - i == 6)) {
      int oh = digits(s, i + 1, 2);
      int om = 0;
      if (n - i == 5) {
        om = digits(s, i + 3, 2);
      } else if (n - i == 6) {
        if (s.charAt(i + 3) != ':') {
          throw invalid();
        }
        om = digits(s, i + 4, 2);
      }
      if (oh > 18 || om > 59) {
        throw invalid();
      }
      int offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
      return localMillis - offsetSeconds * 1000L;
    }
    throw invalid();
  }

  /**
   * A local time in the declared zone. A time the clocks skip (spring forward) is refused; a time
   * that occurs twice (fall back) takes the earlier offset, as {@link LocalDateTime#atZone} does.
   */
  private java.time.Instant inZone(LocalDateTime local) throws BadCell {
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw new BadCell("timestamp " + local + " does not exist in zone " + zone + " (the clocks skip it)");
    }
    return local.atZone(zone).toInstant();
  }

  private static BadCell invalid() {
    return new BadCell("timestamp is not an ISO-8601 date or date-time (give --timestamp-format for other layouts)");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String s, int from, int count) throws BadCell {
    if (from + count > s.length()) {
      throw invalid();
    }
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        throw invalid();
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (years 0000 to 9999). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long mp = (month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
}
