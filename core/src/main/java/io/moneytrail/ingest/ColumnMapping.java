package io.moneytrail.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a bank export holds which {@link Field}, plus optional reading settings, so any
 * export can be loaded. Written once per bank, either inline
 * ({@code tx_id=Ref,timestamp=Date,from=Payer,to=Payee,amount=Amount,currency=Ccy}) or as a small
 * file with one {@code key=value} a line ({@code #} starts a comment) that may also carry the
 * settings {@code timestamp-format}, {@code zone}, {@code delimiter}, {@code decimal-comma},
 * {@code default-currency}, {@code scale} and {@code encoding}.
 *
 * @param columns field to column header name
 * @param settings reading settings by key (see {@link IngestOptions#withSettings(Map)})
 */
public record ColumnMapping(Map<Field, String> columns, Map<String, String> settings) {
  /** The setting keys a mapping file may carry. */
  public static final List<String> SETTING_KEYS =
      List.of("timestamp-format", "zone", "delimiter", "decimal-comma", "default-currency", "scale", "encoding");

  /** Validates that the required fields are mapped, and copies the maps. */
  public ColumnMapping {
    EnumMap<Field, String> c = new EnumMap<>(Field.class);
    c.putAll(columns);
    for (Field f : Field.values()) {
      if (f.required() && !c.containsKey(f)) {
        throw new IllegalArgumentException("column mapping names no column for required field '" + f.key() + "'");
      }
    }
    for (String key : settings.keySet()) {
      if (!SETTING_KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown mapping setting '" + key + "'");
      }
    }
    columns = Collections.unmodifiableMap(c);
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * Parses an inline mapping: comma-separated {@code field=Column} pairs.
   *
   * @param spec for example {@code tx_id=Ref,timestamp=Date,from=Payer,to=Payee,amount=Amount}
   * @return the mapping
   * @throws IllegalArgumentException naming the bad pair
   */
  public static ColumnMapping parse(String spec) {
    Map<Field, String> columns = new EnumMap<>(Field.class);
    Map<String, String> settings = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      if (!pair.isBlank()) {
        put(pair, columns, settings, "mapping '" + pair.trim() + "'");
      }
    }
    return new ColumnMapping(columns, settings);
  }

  /**
   * Reads a mapping file (UTF-8, one {@code key=value} a line, {@code #} comments, blank lines ignored).
   *
   * @param file the file
   * @return the mapping
   * @throws IngestException when the file cannot be read or a line is not a valid entry
   */
  public static ColumnMapping load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IngestException(file, "cannot read mapping file: " + e.getMessage(), e);
    }
    Map<Field, String> columns = new EnumMap<>(Field.class);
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1); // byte-order mark, as editors on Windows write it
      }
      String line = raw.stripLeading();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        put(line, columns, settings, "entry");
      } catch (IllegalArgumentException e) {
        throw new IngestException(file, i + 1, null, line, e.getMessage());
      }
    }
    try {
      ColumnMapping mapping = new ColumnMapping(columns, settings);
      IngestOptions.defaults().withSettings(settings); // report a bad setting against this file
      return mapping;
    } catch (IllegalArgumentException e) {
      throw new IngestException(file, 0, null, null, e.getMessage());
    }
  }

  private static void put(String pair, Map<Field, String> columns, Map<String, String> settings, String what) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(what + " is not of the form key=value");
    }
    String key = pair.substring(0, eq).trim();
    String value = pair.substring(eq + 1);
    String trimmed = value.strip();
    Optional<Field> field = Field.byKey(key);
    if (field.isPresent()) {
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException(what + " names no column");
      }
      if (columns.put(field.get(), trimmed) != null) {
        throw new IllegalArgumentException(what + ": field '" + key + "' mapped twice");
      }
    } else if (SETTING_KEYS.contains(key)) {
      // a delimiter may be a tab or a space; keep it as written
      settings.put(key, key.equals("delimiter") ? value : trimmed);
    } else {
      throw new IllegalArgumentException(what + ": unknown key '" + key + "' (fields: tx_id, timestamp, from, to,"
          + " amount, currency, from_bank, to_bank, channel, reference; settings: " + String.join(", ", SETTING_KEYS) + ")");
    }
  }

  /** @return the mapping as inline text, fields in declaration order */
  public String toSpec() {
    StringBuilder s = new StringBuilder();
    columns.forEach((f, c) -> s.append(s.length() == 0 ? "" : ",").append(f.key()).append('=').append(c));
    return s.toString();
  }
}
