package io.moneytrail.ingest;

import java.nio.file.Path;

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
 */
public record FileStats(Path file, String format, long sizeBytes, long rowsRead, long rowsLoaded, long rowsRejected,
    long blankLines) {}
