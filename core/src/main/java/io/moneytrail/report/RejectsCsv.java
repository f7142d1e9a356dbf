package io.moneytrail.report;

import io.moneytrail.ingest.RejectedRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rejected rows as CSV: {@code file,line,column,value,reason,raw}. */
public final class RejectsCsv {
  /** The header row. */
  public static final List<String> HEADER = List.of("file", "line", "column", "value", "reason", "raw");

  private RejectsCsv() {}

  /**
   * @param rejects the rows
   * @param out where to write (flushed, not closed)
   * @throws IOException on write failure
   */
  public static void write(List<RejectedRow> rejects, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, HEADER);
    for (RejectedRow r : rejects) {
      csv.row(r.file().toString(), Long.toString(r.line()), r.column().orElse(""), r.value().orElse(""), r.reason(),
          r.rawText());
    }
    csv.flush();
  }
}
