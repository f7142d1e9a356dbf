package io.moneytrail.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * @param delimiter the field delimiter, an ASCII character other than a quote or a line break
 *     (default comma)
 * @param decimalComma whether amounts use a comma as the decimal mark
 * @param defaultCurrency the currency of rows in files without a currency column (default
 *     {@code XXX}, ISO 4217 for "no currency")
 * @param scale decimal digits of the minor units amounts are stored in (0 to 18, default 2)
 * @param startTime the instant of PaySim's step 0 (default 1970-01-01T00:00:00Z)
 * @param strict stop at the first bad row with an {@link IngestException} instead of rejecting it
 * @param encoding the files' character encoding (default UTF-8), decoded strictly: a row holding
 *     bytes that are invalid in it is rejected, never repaired. UTF-8, UTF-16 (which needs a
 *     byte-order mark; UTF-16LE and UTF-16BE do not) and the single-byte encodings that extend
 *     ASCII (ISO-8859-1, windows-1252 and their kin) are supported; see {@link #parseEncoding(String)}.
 *     A byte-order mark of the declared encoding at the start of a file is skipped
 * @param maxLineLength the most bytes one row may take in a file, line breaks inside quoted fields
 *     included and its own line break not (so no field is longer either), from 1 byte to
 *     {@value #MAX_LINE_LENGTH_LIMIT} bytes (1 GiB); default {@value #DEFAULT_MAX_LINE_LENGTH} (1 MiB). A
 *     longer row is rejected and reading resumes at the next line; a longer header ends the load.
 *     Memory while reading is bounded by a small multiple of it, whatever the input
 * @param lenientQuotes what to do with a quote that breaks the row structure (a quoted field not
 *     closed before the end of the file or within {@code maxLineLength}, or closed on a later line
 *     and followed by text): false (default) ends the load with an {@link IngestException} naming
 *     it; true rejects the row and resumes reading at the line after the one the row started on
 */
public record IngestOptions(String format, Optional<ColumnMapping> mapping, ZoneId zone, Optional<String> timestampFormat,
    char delimiter, boolean decimalComma, String defaultCurrency, int scale, Instant startTime, boolean strict,
    Charset encoding, int maxLineLength, boolean lenientQuotes) {

  /** The value of {@link #format()} that detects the preset from the header. */
  public static final String AUTO = "auto";
  /** The default of {@link #maxLineLength()}: 1 MiB, in bytes. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;
  /** The largest {@link #maxLineLength()} allowed: 1 GiB, in bytes. */
  public static final int MAX_LINE_LENGTH_LIMIT = 1 << 30;

  /** Validates every value. */
  public IngestOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(timestampFormat, "timestampFormat");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(encoding, "encoding");
    format = format.trim().toLowerCase(Locale.ROOT);
    if (!format.equals(AUTO) && FormatPreset.byName(format).isEmpty()) {
      throw new IllegalArgumentException("unknown format '" + format + "' (expected auto, moneytrail, amlworld, amlsim or paysim)");
    }
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
    }
    if (delimiter >= 0x80) {
      throw new IllegalArgumentException("delimiter must be an ASCII character, was '" + delimiter + "'");
    }
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale must be between 0 and 18, was " + scale);
    }
    if (defaultCurrency.isBlank()) {
      throw new IllegalArgumentException("default currency cannot be blank");
    }
    if (maxLineLength < 1 || maxLineLength > MAX_LINE_LENGTH_LIMIT) {
      throw new IllegalArgumentException("max line length must be between 1 byte and 1 GiB, was " + maxLineLength);
    }
    Encoding.check(encoding);
    timestampFormat.ifPresent(TimestampParser::checkPattern);
  }

  /**
   * The options as they were before {@code encoding}, {@code maxLineLength} and
   * {@code lenientQuotes} existed: those take their defaults (UTF-8, 1 MiB, quote errors end the load).
   *
   * @param format see {@link #format()}
   * @param mapping see {@link #mapping()}
   * @param zone see {@link #zone()}
   * @param timestampFormat see {@link #timestampFormat()}
   * @param delimiter see {@link #delimiter()}
   * @param decimalComma see {@link #decimalComma()}
   * @param defaultCurrency see {@link #defaultCurrency()}
   * @param scale see {@link #scale()}
   * @param startTime see {@link #startTime()}
   * @param strict see {@link #strict()}
   */
  public IngestOptions(String format, Optional<ColumnMapping> mapping, ZoneId zone, Optional<String> timestampFormat,
      char delimiter, boolean decimalComma, String defaultCurrency, int scale, Instant startTime, boolean strict) {
    this(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale, startTime, strict,
        StandardCharsets.UTF_8, DEFAULT_MAX_LINE_LENGTH, false);
  }

  /** @return auto-detected format, UTC, comma delimiter, scale 2, currency XXX, lenient rows, UTF-8, 1 MiB rows, strict quotes */
  public static IngestOptions defaults() {
    return new IngestOptions(AUTO, Optional.empty(), ZoneOffset.UTC, Optional.empty(), ',', false, "XXX", 2,
        Instant.EPOCH, false, StandardCharsets.UTF_8, DEFAULT_MAX_LINE_LENGTH, false);
  }

  /**
   * @param value {@code auto} or a preset name
   * @return a copy with this format
   */
  public IngestOptions withFormat(String value) {
    return new IngestOptions(value, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * Uses a column mapping; its settings are applied too (see {@link #withSettings(Map)}).
   *
   * @param value the mapping
   * @return a copy with the mapping
   */
  public IngestOptions withMapping(ColumnMapping value) {
    return new IngestOptions(format, Optional.of(value), zone, timestampFormat, delimiter, decimalComma,
        defaultCurrency, scale, startTime, strict, encoding, maxLineLength, lenientQuotes).withSettings(value.settings());
  }

  /**
   * @param value the zone of timestamps without an offset
   * @return a copy with this zone
   */
  public IngestOptions withZone(ZoneId value) {
    return new IngestOptions(format, mapping, value, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code dd/MM/yyyy HH:mm}
   * @return a copy with this timestamp pattern
   */
  public IngestOptions withTimestampFormat(String pattern) {
    return new IngestOptions(format, mapping, zone, Optional.of(pattern), delimiter, decimalComma, defaultCurrency,
        scale, startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value the field delimiter
   * @return a copy with this delimiter
   */
  public IngestOptions withDelimiter(char value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, value, decimalComma, defaultCurrency, scale,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value whether amounts use a decimal comma
   * @return a copy
   */
  public IngestOptions withDecimalComma(boolean value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, value, defaultCurrency, scale,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value the currency of rows in files without a currency column
   * @return a copy
   */
  public IngestOptions withDefaultCurrency(String value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, value.trim(), scale,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value decimal digits of the minor units (0 to 18)
   * @return a copy
   */
  public IngestOptions withScale(int value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, value,
        startTime, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value the instant of PaySim's step 0
   * @return a copy
   */
  public IngestOptions withStartTime(Instant value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        value, strict, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value stop at the first bad row
   * @return a copy
   */
  public IngestOptions withStrict(boolean value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, value, encoding, maxLineLength, lenientQuotes);
  }

  /**
   * @param value the files' character encoding (see {@link #encoding()} for those supported)
   * @return a copy with this encoding
   * @throws IllegalArgumentException when the encoding is not supported
   */
  public IngestOptions withEncoding(Charset value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict, value, maxLineLength, lenientQuotes);
  }

  /**
   * @param bytes the most bytes one row may take (1 to {@value #MAX_LINE_LENGTH_LIMIT})
   * @return a copy with this limit
   */
  public IngestOptions withMaxLineLength(int bytes) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict, encoding, bytes, lenientQuotes);
  }

  /**
   * @param value reject a row whose quotes break the row structure and read on (true), or end the
   *     load (false)
   * @return a copy
   */
  public IngestOptions withLenientQuotes(boolean value) {
    return new IngestOptions(format, mapping, zone, timestampFormat, delimiter, decimalComma, defaultCurrency, scale,
        startTime, strict, encoding, maxLineLength, value);
  }

  /**
   * Applies settings by their mapping-file keys: {@code timestamp-format}, {@code zone},
   * {@code delimiter} (one character, or {@code tab}), {@code decimal-comma} ({@code true}/{@code false}),
   * {@code default-currency}, {@code scale}, {@code encoding} (a charset name, see {@link #parseEncoding(String)}).
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
          case "encoding" -> o = o.withEncoding(parseEncoding(v));
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

  /**
   * Reads a charset name as {@code --encoding} takes it.
   *
   * @param name a charset name or alias, any case: {@code UTF-8}, {@code windows-1252},
   *     {@code ISO-8859-1}, {@code UTF-16}, {@code UTF-16LE}, {@code UTF-16BE}, {@code latin1}, ...
   * @return the charset
   * @throws IllegalArgumentException for an unknown name or an encoding moneytrail cannot read
   *     row by row (one that does not extend ASCII byte for byte, such as EBCDIC or Shift_JIS,
   *     other than UTF-16)
   */
  public static Charset parseEncoding(String name) {
    String n = name.strip();
    Charset cs;
    try {
      cs = Charset.forName(n);
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException and UnsupportedCharsetException
      throw new IllegalArgumentException("unknown encoding '" + n + "' (examples: UTF-8, windows-1252, ISO-8859-1, UTF-16)");
    }
    Encoding.check(cs);
    return cs;
  }

  /**
   * Reads a size in bytes as {@code --max-line-length} takes it: a whole number of bytes, optionally
   * followed by a unit: {@code B}; {@code KiB}, {@code MiB}, {@code GiB} (or {@code K}, {@code M},
   * {@code G}: powers of 1024); {@code kB}, {@code MB}, {@code GB} (powers of 1000). Any case; a
   * space may separate number and unit.
   *
   * @param text for example {@code 1MiB}, {@code 64KiB}, {@code 100000}
   * @return the size in bytes
   * @throws IllegalArgumentException when the text is not such a size or exceeds {@code Long.MAX_VALUE}
   */
  public static long parseSize(String text) {
    String t = text.strip();
    int i = 0;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    String unit = t.substring(i).strip().toLowerCase(Locale.ROOT);
    long factor = switch (unit) {
      case "", "b" -> 1;
      case "k", "kib" -> 1L << 10;
      case "m", "mib" -> 1L << 20;
      case "g", "gib" -> 1L << 30;
      case "kb" -> 1000;
      case "mb" -> 1000_000;
      case "gb" -> 1000_000_000;
      default -> 0;
    };
    if (i == 0 || factor == 0) {
      throw new IllegalArgumentException("'" + text + "' is not a size (examples: 1MiB, 64KiB, 100000)");
    }
    try {
      return Math.multiplyExact(Long.parseLong(t.substring(0, i)), factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too large a size");
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
