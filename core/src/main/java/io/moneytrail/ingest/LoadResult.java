package io.moneytrail.ingest;

import io.moneytrail.ledger.Ledger;
import java.util.List;

/**
 * What a load produced: the ledger, the rejected rows and the counts per file.
 *
 * @param ledger the loaded transactions
 * @param format the {@code --format} name of the layout used ({@code moneytrail}, {@code amlworld},
 *     {@code amlsim}, {@code paysim}, or {@code custom} for a column mapping)
 * @param files counts per input file, in input order
 * @param rejects every rejected row, in input order
 * @param rowNumberIds true when the layout has no transaction id column, so that each transaction's
 *     id is its 1-based data row number counted over all files of the load (rejected rows count)
 */
public record LoadResult(Ledger ledger, String format, List<FileStats> files, List<RejectedRow> rejects,
    boolean rowNumberIds) {

  /** Copies the lists. */
  public LoadResult {
    files = List.copyOf(files);
    rejects = List.copyOf(rejects);
  }

  /**
   * A load whose transactions carry their own ids (such as a ledger built by hand).
   *
   * @param ledger the transactions
   * @param format the layout name
   * @param files counts per input file
   * @param rejects the rejected rows
   */
  public LoadResult(Ledger ledger, String format, List<FileStats> files, List<RejectedRow> rejects) {
    this(ledger, format, files, rejects, false);
  }

  /** @return data rows read over all files */
  public long rowsRead() {
    return files.stream().mapToLong(FileStats::rowsRead).sum();
  }

  /** @return rows loaded over all files (equals the ledger's size) */
  public long rowsLoaded() {
    return files.stream().mapToLong(FileStats::rowsLoaded).sum();
  }

  /** @return rows rejected over all files */
  public long rowsRejected() {
    return files.stream().mapToLong(FileStats::rowsRejected).sum();
  }
}
