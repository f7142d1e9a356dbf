package io.moneytrail.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A data row that was not loaded, with the reason.
 *
 * @param file the file it came from
 * @param line the 1-based line where the row starts
 * @param column the column at fault, when the fault is in one cell
 * @param value the cell's text, when the fault is in one cell; when the cell holds bytes that are
 *     invalid in the file's encoding, its text with each such byte written {@code \xHH} and each
 *     backslash {@code \\}
 * @param reason why the row was rejected
 * @param rawText the row's text as it stands in the file, decoded in the file's encoding: line
 *     breaks inside quoted fields kept, its own line break not. For a row holding bytes invalid in
 *     the encoding, those bytes are written {@code \xHH} and backslashes {@code \\}; for a row longer
 *     than {@link IngestOptions#maxLineLength()}, its first 1024 bytes followed by {@code …}; for a
 *     row whose quote broke the row structure (with {@link IngestOptions#lenientQuotes()}), its
 *     first line, the only line it covers
 * @param byteOffset the 0-based offset in the file of the row's first byte (a byte-order mark
 *     counts), or -1 when unknown
 * @param lines how many physical lines of the file the row covers (1, or more when a quoted field
 *     holds line breaks)
 */
public record RejectedRow(Path file, long line, Optional<String> column, Optional<String> value, String reason,
    String rawText, long byteOffset, int lines) {

  /** Checks the values. */
  public RejectedRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rawText, "rawText");
    if (lines < 1) {
      throw new IllegalArgumentException("a row covers at least one line, was " + lines);
    }
  }

  /**
   * A rejected row whose byte offset is not known, covering one line.
   *
   * @param file the file it came from
   * @param line the 1-based line where the row starts
   * @param column the column at fault
   * @param value the cell's text
   * @param reason why the row was rejected
   * @param rawText the row's text
   */
  public RejectedRow(Path file, long line, Optional<String> column, Optional<String> value, String reason, String rawText) {
    this(file, line, column, value, reason, rawText, -1, 1);
  }

  /**
   * @return a one-line description: {@code file:line: column 'c', value 'v': reason} (line breaks
   *     and invisible characters in the column, value and reason written as escapes)
   */
  public String describe() {
    return IngestException.describe(file, line, column.orElse(null), value.orElse(null), reason);
  }
}
