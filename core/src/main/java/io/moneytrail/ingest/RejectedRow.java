package io.moneytrail.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A data row that was not loaded, with the reason.
 *
 * @param file the file it came from
 * @param line the 1-based line where the row starts
 * @param column the column at fault, when the fault is in one cell
 * @param value the cell's text, when the fault is in one cell
 * @param reason why the row was rejected
 * @param rawText the row as CSV text (re-encoded from its fields with the file's delimiter)
 */
public record RejectedRow(Path file, long line, Optional<String> column, Optional<String> value, String reason,
    String rawText) {

  /** @return a one-line description: {@code file:line: column 'c', value 'v': reason} */
  public String describe() {
    return IngestException.describe(file, line, column.orElse(null), value.orElse(null), reason);
  }
}
