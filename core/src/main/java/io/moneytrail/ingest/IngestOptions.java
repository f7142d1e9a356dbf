package io.moneytrail.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read transaction CSVs. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param format {@code auto} (detect the preset from the header), or a preset's {@code --format}
 *     name; ignored when a mapping is given
 * @param mapping a column mapping for any other export (its layout is called {@code custom})
 * @param zone the zone of timestamps that carry no offset (default UTC)
 * @param timestampFormat an explicit {@link DateTimeFormatter} pattern; empty means ISO-8601 with or
 *     without offset, date-only, with {@code T} or a space between date and time, {@code -} or
 *     {@code /} between date parts
 * @param delimiter the field delimiter (default comma)
 * @param decimalComma whether amounts use a comma as the decimal mark
 * @param defaultCurrency the currency of rows in files without a currency column (default
 *     {@code XXX}, ISO 4217 for "no currency")
 * @param scale decimal digits of the minor units amounts are stored in (0 to 18, default 2)
 * @param startTime the instant of PaySim's step 0 (default 1970-01-01T00:00:00Z)
 * @param strict stop at the first bad row with an {@link IngestException} instead of rejecting it
 */
public record IngestOptions(String format, Optional<ColumnMapping> mapping, ZoneId zone, Optional<String> timestampFormat,
    char delimiter, boolean decimalComma, String defaultCurrency, int scale, Instant startTime, boolean strict) {

  /** The value of {@link #format()} that detects the preset from the header. */
  public static final String AUTO = "auto";

  /** Validates every value. */
  public IngestOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(timestampFormat, "timestampFormat");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    Objects.requireNonNull(startTime, "startTime");
    format = format.trim().toLowerCase(Locale.ROOT);
    if (!format.equals(AUTO) && FormatPreset.byName(format).isEmpty()) {
      throw new IllegalArgumentException("unknown format '" + format + "' (expected auto, moneytrail, amlworld, amlsim or paysim)");
    }
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
    }
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale must be between 0 and 18, was " + scale);
    }
    if (defaultCurrency.isBlank()) {
      throw new IllegalArgumentException("default currency cannot be blank");
    }
    timestampFormat.ifPresent(TimestampParser::checkPattern);
  }

  /** @return auto-detected format, UTC, comma delimiter, scale 2, currency XXX, lenient */
  public static IngestOptions defaults() {
    return new IngestOptions(AUTO, Optional.empty(), ZoneOffset.UTC, Optional.empty(), ',', false, "XXX", 2,
        Instant.EPOCH, false);
  }

  /**
   * @param value {@code auto} or a preset name
   * @return a copy with this format
   */
  public IngestOptions withFormat(String value) {
    return new IngestOptions(value, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict);
  }

  /**
   * Uses a column mapping; its settings are applied too (see {@link #withSettings(Map)}).
   *
   * @param value the mapping
   * @return a copy with the mapping
   */
  public IngestOptions withMapping(ColumnMapping value) {
    return new IngestOptions(format, Optional.of(value), zone, timestampFormat, delimiter, decimalComma,
        defaultCurrency, scale, startTime, strict).withSettings(value.settings());
  }

  /**
   * @param value the zone of timestamps without an offset
   * @return a copy with this zone
   */
  public IngestOptions withZone(ZoneId value) {
    return new IngestOptions(format, mapping, value, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict);
  }

  /**
   * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code dd/MM/yyyy HH:mm}
   * @return a copy with this timestamp pattern
   */
  public IngestOptions withTimestampFormat(String pattern) {
    return new IngestOptions(format, mapping, zone, Optional.of(pattern), delimiter, decimalComma, defaultCurrency,
        scale, startTime, strict);
  }

  /**
   * @param value the field delimiter
   * @return a copy with this delimiter
   */
  public IngestOptions withDelimiter(char value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, value, decimalComma, defaultCurrency, scale,
        startTime, strict);
  }

  /**
   * @param value whether amounts use a decimal comma
   * @return a copy
   */
  public IngestOptions withDecimalComma(boolean value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, value, defaultCurrency, scale,
        startTime, strict);
  }

  /**
   * @param value the currency of rows in files without a currency column
   * @return a copy
   */
  public IngestOptions withDefaultCurrency(String value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, value.trim(), scale,
        startTime, strict);
  }

  /**
   * @param value decimal digits of the minor units (0 to 18)
   * @return a copy
   */
  public IngestOptions withScale(int value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, value,
        startTime, strict);
  }

  /**
   * @param value the instant of PaySim's step 0
   * @return a copy
   */
  public IngestOptions withStartTime(Instant value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        value, strict);
  }

  /**
   * @param value stop at the first bad row
   * @return a copy
   */
  public IngestOptions withStrict(boolean value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, value);
  }

  /**
   * Applies settings by their mapping-file keys: {@code timestamp-format}, {@code zone},
   * {@code delimiter} (one character, or {@code tab}), {@code decimal-comma} ({@code true}/{@code false}),
   * {@code default-currency}, {@code scale}.
   *
   * @param settings key to value
   * @return a copy with the settings applied
   * @throws IllegalArgumentException naming a key whose value is invalid
   */
  public IngestOptions withSettings(Map<String, String> settings) {
    IngestOptions o = this;
    for (Map.Entry<String, String> e : settings.entrySet()) {
      String v = e.getValue();
      try {
        switch (e.getKey()) {
          case "timestamp-format" -> o = o.withTimestampFormat(v);
          case "zone" -> o = o.withZone(ZoneId.of(v.strip()));
          case "delimiter" -> o = o.withDelimiter(parseDelimiter(v));
          case "decimal-comma" -> o = o.withDecimalComma(parseBoolean(v));
          case "default-currency" -> o = o.withDefaultCurrency(v);
          case "scale" -> o = o.withScale(Integer.parseInt(v.strip()));
          default -> throw new IllegalArgumentException("unknown setting");
        }
      } catch (DateTimeException | IllegalArgumentException ex) {
        throw new IllegalArgumentException("setting '" + e.getKey() + "' has invalid value '" + v + "': " + ex.getMessage(), ex);
      }
    }
    return o;
  }

  /**
   * @param text one character, or {@code tab}, {@code \t}, {@code comma}, {@code semicolon}, {@code pipe}
   * @return the delimiter character
   */
  public static char parseDelimiter(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "tab", "\\t" -> {
        return '\t';
      }
      case "comma" -> {
        return ',';
      }
      case "semicolon" -> {
        return ';';
      }
      case "pipe" -> {
        return '|';
      }
      default -> {
        if (text.length() == 1) {
          return text.charAt(0);
        }
        String s = text.strip();
        if (s.length() == 1) {
          return s.charAt(0);
        }
        throw new IllegalArgumentException("a delimiter is one character, or tab, comma, semicolon or pipe");
      }
    }
  }

  private static boolean parseBoolean(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("yes")) {
      return true;
    }
    if (s.equals("false") || s.equals("no")) {
      return false;
    }
    throw new IllegalArgumentException("expected true or false");
  }
}
