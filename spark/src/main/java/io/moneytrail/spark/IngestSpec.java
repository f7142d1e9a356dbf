package io.moneytrail.spark;

import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.Field;
import io.moneytrail.ingest.IngestOptions;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IngestOptions} in a form Spark can ship to executors (the core record is not serializable);
 * rebuilt there with {@link #toOptions()}, so that every executor reads with exactly the driver's
 * options.
 */
final class IngestSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final LinkedHashMap<String, String> mappingColumns; // field key to column, null without mapping
  private final LinkedHashMap<String, String> mappingSettings;
  private final String zone;
  private final String timestampFormat;
  private final char delimiter;
  private final boolean decimalComma;
  private final String defaultCurrency;
  private final int scale;
  private final long startTimeMillis;
  private final boolean strict;
  private final String encoding;
  private final int maxLineLength;
  private final boolean lenientQuotes;

  IngestSpec(IngestOptions o) {
    format = o.format();
    if (o.mapping().isPresent()) {
      mappingColumns = new LinkedHashMap<>();
      o.mapping().get().columns().forEach((f, c) -> mappingColumns.put(f.name(), c));
      mappingSettings = new LinkedHashMap<>(o.mapping().get().settings());
    } else {
      mappingColumns = null;
      mappingSettings = null;
    }
    zone = o.zone().getId();
    timestampFormat = o.timestampFormat().orElse(null);
    delimiter = o.delimiter();
    decimalComma = o.decimalComma();
    defaultCurrency = o.defaultCurrency();
    scale = o.scale();
    startTimeMillis = o.startTime().toEpochMilli();
    strict = o.strict();
    encoding = o.encoding().name();
    maxLineLength = o.maxLineLength();
    lenientQuotes = o.lenientQuotes();
  }

  /** @return the options, equal to those this spec was made from */
  IngestOptions toOptions() {
    Optional<ColumnMapping> mapping = Optional.empty();
    if (mappingColumns != null) {
      Map<Field, String> columns = new EnumMap<>(Field.class);
      mappingColumns.forEach((f, c) -> columns.put(Field.valueOf(f), c));
      mapping = Optional.of(new ColumnMapping(columns, mappingSettings));
    }
    return new IngestOptions(format, mapping, ZoneId.of(zone), Optional.ofNullable(timestampFormat), delimiter,
        decimalComma, defaultCurrency, scale, Instant.ofEpochMilli(startTimeMillis), strict,
        java.nio.charset.Charset.forName(encoding), maxLineLength, lenientQuotes);
  }
}
