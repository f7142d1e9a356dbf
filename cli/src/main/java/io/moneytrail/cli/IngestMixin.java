package io.moneytrail.cli;

import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input files and every ingest option, shared by all commands that read transactions. */
final class IngestMixin {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transaction CSV file(s), loaded in order.")
  List<Path> files;

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

  @Option(names = "--no-progress", description = "Never show progress on stderr.")
  boolean noProgress;

  /**
   * @return the effective ingest options: defaults, then the mapping file, then explicit options
   * @throws IllegalArgumentException for an invalid option value (a usage error)
   */
  IngestOptions options() {
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
    return o.withStrict(strict);
  }

  /**
   * Loads the files, showing progress on stderr when it is a terminal.
   *
   * @param err the command's error stream
   * @return the load
   */
  LoadResult load(PrintWriter err) {
    IngestOptions o = options();
    Progress progress = Progress.forStderr(err, noProgress);
    try {
      return new LedgerReader(o, progress::loading).read(files);
    } finally {
      progress.done();
    }
  }
}
