package io.moneytrail.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Input that cannot be loaded: an unreadable or empty file, missing columns, an unknown format, or
 * (in strict mode) the first bad row, or a quote that breaks the row structure (unless quotes are
 * read leniently). The message is one line naming the file and, where there is one, the line,
 * column and value (line breaks and invisible characters in them and in the reason written as
 * escapes such as <code>&#92;n</code> and <code>&#92;u200b</code>).
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final long line;
  private final String column;
  private final String value;

  /**
   * @param file the file concerned (may be null when no file is concerned)
   * @param line the 1-based line, or 0 when the error is not about a line
   * @param column the column name, or null
   * @param value the offending value, or null
   * @param reason what is wrong
   */
  public IngestException(Path file, long line, String column, String value, String reason) {
    super(describe(file, line, column, value, reason));
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
  }

  /**
   * @param file the file concerned
   * @param reason what is wrong
   * @param cause the underlying exception
   */
  public IngestException(Path file, String reason, Throwable cause) {
    super(describe(file, 0, null, null, reason), cause);
    this.file = file;
    this.line = 0;
    this.column = null;
    this.value = null;
  }

  static String describe(Path file, long line, String column, String value, String reason) {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file);
      if (line > 0) {
        s.append(':').append(line);
      }
      s.append(": ");
    }
    if (column != null) {
      s.append("column '").append(TextEscapes.forMessage(column)).append("'");
      if (value != null) {
        s.append(", value '").append(TextEscapes.forMessage(value)).append("'");
      }
      s.append(": ");
    }
    return s.append(TextEscapes.forMessage(reason)).toString(); // a reason may quote a cell
  }

  /** @return the file concerned, if any */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** @return the 1-based line number, or 0 when the error is not about a line */
  public long line() {
    return line;
  }

  /** @return the column name, if the error is about one */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** @return the offending value, if any */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
