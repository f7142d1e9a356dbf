package io.moneytrail.report;

import io.moneytrail.analysis.Detector;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a detector's findings as CSV, one row per finding with the detector's columns
 * ({@link Detector#columns()}), through {@link SafeCsv} (cells that could start a spreadsheet
 * formula are neutralised): the layout of every detector command's {@code --csv}.
 */
public final class FindingsCsv {
  private FindingsCsv() {}

  /**
   * Writes a header row and one row per finding.
   *
   * @param detector the detector whose findings these are
   * @param rows the findings' flat rows ({@link io.moneytrail.analysis.Finding#toRow()})
   * @param out where to write (flushed, not closed)
   * @throws IOException on write failure
   */
  public static void write(Detector detector, List<List<String>> rows, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, detector.columns());
    for (List<String> row : rows) {
      csv.row(row);
    }
    csv.flush();
  }
}
