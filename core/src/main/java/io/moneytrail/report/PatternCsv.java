package io.moneytrail.report;

import io.moneytrail.analysis.patterns.DetectionResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the findings of a pattern detector as CSV, one row per finding with the columns of
 * {@link io.moneytrail.analysis.patterns.PatternKind#columns()}, through {@link SafeCsv} (cells that
 * could start a spreadsheet formula are neutralised).
 */
public final class PatternCsv {
  private PatternCsv() {}

  /**
   * Writes a header row and one row per finding.
   *
   * @param result the detector's result
   * @param out where to write (flushed, not closed)
   * @throws IOException on write failure
   */
  public static void write(DetectionResult<?, ?> result, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, result.kind().columns());
    for (List<String> row : result.rows()) {
      csv.row(row);
    }
    csv.flush();
  }
}
