package io.moneytrail.cli.options;

import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/**
 * Every ingest option ({@code --format}, {@code --map}, {@code --mapping-file}, {@code --timestamp-format},
 * {@code --zone}, {@code --delimiter}, {@code --decimal-comma}, {@code --default-currency}, {@code --scale},
 * {@code --start-time}, {@code --strict}, {@code --encoding}, {@code --max-line-length},
 * {@code --lenient-quotes}) as a picocli mixin, shared by every front end that reads
 * transactions (this CLI and the Spark entry point) so that each option has one meaning everywhere.
 */
public final class IngestOptionsMixin {
  @Option(names = "--format", paramLabel = "NAME", defaultValue = "auto",
      description = "Input layout: auto (detect from the header), moneytrail, amlworld, amlsim or paysim. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--map", paramLabel = "SPEC",
      description = "Column mapping for any other export, e.g. tx_id=Ref,timestamp=Date,from=Payer,to=Payee,amount=Amount,currency=Ccy")
  String map;

  @Option(names = "--mapping-file", paramLabel = "FILE",
      description = "A saved column mapping (key=value lines; may also set timestamp-format, zone, delimiter, decimal-comma, default-currency, scale).")
  Path mappingFile;

  @Option(names = "--timestamp-format", paramLabel = "PATTERN",
      description = "Timestamp pattern such as 'dd/MM/yyyy HH:mm' (default: ISO-8601, with or without offset, or date only).")
  String timestampFormat;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Zone of timestamps without offset (default UTC), e.g. Europe/Berlin.")
  String zone;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter: one character, or tab/semicolon/pipe (default comma).")
  String delimiter;

  @Option(names = "--decimal-comma", description = "Amounts use a decimal comma (1.234,56).")
  Boolean decimalComma;

  @Option(names = "--default-currency", paramLabel = "CODE", description = "Currency for files without a currency column (default XXX).")
  String defaultCurrency;

  @Option(names = "--scale", paramLabel = "N", description = "Decimal places amounts are held to exactly (default 2; 8 for crypto).")
  Integer scale;

  @Option(names = "--start-time", paramLabel = "ISO", converter = InstantConverter.class,
      description = "PaySim: the instant of step 0 (default 1970-01-01T00:00:00Z).")
  Instant startTime;

  @Option(names = "--strict", description = "Stop at the first bad row instead of rejecting it.")
  boolean strict;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Character encoding of the files (default UTF-8), e.g. windows-1252, ISO-8859-1, UTF-16 (with byte-order mark), "
          + "UTF-16LE. Decoded strictly: a row with bytes invalid in it is rejected, never repaired.")
  String encoding;

  @Option(names = "--max-line-length", paramLabel = "SIZE",
      description = "Longest row in bytes, e.g. 1MiB (the default), 64KiB, 100000. A longer row is rejected and reading "
          + "resumes at the next line; memory while reading stays bounded by it.")
  String maxLineLength;

  @Option(names = "--lenient-quotes",
      description = "On an unclosed or misplaced quote, reject that row and read on from the next line "
          + "(default: stop the load with a message naming the line).")
  boolean lenientQuotes;

  /**
   * @return the effective ingest options: defaults, then the mapping file, then explicit options
   * @throws IllegalArgumentException for an invalid option value (a usage error)
   */
  public IngestOptions options() {
    IngestOptions o = IngestOptions.defaults().withFormat(format);
    if (map != null && mappingFile != null) {
      throw new IllegalArgumentException("give either --map or --mapping-file, not both");
    }
    if ((map != null || mappingFile != null) && !IngestOptions.AUTO.equals(format.trim().toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("--format " + format + " and a column mapping exclude each other: a mapping defines the layout");
    }
    if (mappingFile != null) {
      o = o.withMapping(ColumnMapping.load(mappingFile));
    } else if (map != null) {
      o = o.withMapping(ColumnMapping.parse(map));
    }
    if (timestampFormat != null) {
      o = o.withTimestampFormat(timestampFormat);
    }
    if (zone != null) {
      try {
        o = o.withZone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("--zone: unknown zone '" + zone + "'");
      }
    }
    if (delimiter != null) {
      o = o.withDelimiter(IngestOptions.parseDelimiter(delimiter));
    }
    if (decimalComma != null) {
      o = o.withDecimalComma(decimalComma);
    }
    if (defaultCurrency != null) {
      o = o.withDefaultCurrency(defaultCurrency);
    }
    if (scale != null) {
      o = o.withScale(scale);
    }
    if (startTime != null) {
      o = o.withStartTime(startTime);
    }
    if (encoding != null) {
      try {
        o = o.withEncoding(IngestOptions.parseEncoding(encoding));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--encoding: " + e.getMessage(), e);
      }
    }
    if (maxLineLength != null) {
      long bytes;
      try {
        bytes = IngestOptions.parseSize(maxLineLength);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--max-line-length: " + e.getMessage(), e);
      }
      if (bytes < 1 || bytes > IngestOptions.MAX_LINE_LENGTH_LIMIT) {
        throw new IllegalArgumentException("--max-line-length: must be between 1 byte and 1GiB, was " + maxLineLength);
      }
      o = o.withMaxLineLength((int) bytes);
    }
    return o.withStrict(strict).withLenientQuotes(lenientQuotes);
  }

}
