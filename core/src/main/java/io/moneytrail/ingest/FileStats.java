package io.moneytrail.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Row counts of one input file. Always {@code rowsRead == rowsLoaded + rowsRejected}.
 *
 * @param file the file
 * @param format the {@code --format} name of the layout it was read with
 * @param sizeBytes the file's size in bytes
 * @param rowsRead data rows read (blank lines are not rows)
 * @param rowsLoaded rows loaded into the ledger
 * @param rowsRejected rows rejected, each kept as a {@link RejectedRow}
 * @param blankLines blank lines skipped (not rows)
 * @param trimmedCells per column (header name; a name the header holds twice gets
 *     {@code " (column N)"} with its 1-based position), how many cells of loaded rows had
 *     surrounding spaces or tabs removed; only columns with at least one, in header order
 */
public record FileStats(Path file, String format, long sizeBytes, long rowsRead, long rowsLoaded, long rowsRejected,
    long blankLines, Map<String, Long> trimmedCells) {

  /** Copies the map, keeping its order. */
  public FileStats {
    trimmedCells = Collections.unmodifiableMap(new LinkedHashMap<>(trimmedCells));
  }

  /**
   * Counts without trimmed cells.
   *
   * @param file the file
   * @param format the layout name
   * @param sizeBytes the size in bytes
   * @param rowsRead data rows read
   * @param rowsLoaded rows loaded
   * @param rowsRejected rows rejected
   * @param blankLines blank lines skipped
   */
  public FileStats(Path file, String format, long sizeBytes, long rowsRead, long rowsLoaded, long rowsRejected,
      long blankLines) {
    this(file, format, sizeBytes, rowsRead, rowsLoaded, rowsRejected, blankLines, Map.of());
  }

  /** @return how many cells of loaded rows had surrounding spaces or tabs removed, over all columns */
  public long trimmedCellCount() {
    return trimmedCells.values().stream().mapToLong(Long::longValue).sum();
  }
}
