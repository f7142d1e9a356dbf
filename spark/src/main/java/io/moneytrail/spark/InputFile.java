package io.moneytrail.spark;

/**
 * Row counts of one input file of a {@link SparkLedger}. Always {@code rowsRead == rowsLoaded +
 * rowsRejected}.
 *
 * @param path the file's path as given or found (any Hadoop-compatible URI)
 * @param format the layout it was read with ({@code moneytrail}, {@code amlworld}, {@code amlsim},
 *     {@code paysim}, {@code custom} for a column mapping, or {@code parquet})
 * @param sizeBytes the file's size in bytes
 * @param rowsRead data rows read (blank lines are not rows)
 * @param rowsLoaded rows loaded
 * @param rowsRejected rows rejected, each kept in {@link SparkLedger#rejects()}
 * @param blankLines blank lines skipped (CSV only)
 */
public record InputFile(String path, String format, long sizeBytes, long rowsRead, long rowsLoaded, long rowsRejected,
    long blankLines) {}
