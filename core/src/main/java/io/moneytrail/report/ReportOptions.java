package io.moneytrail.report;

import io.moneytrail.analysis.OptionException;

/**
 * How a case report is laid out, apart from what the analysis found.
 *
 * @param topCases how many cases {@code report.html} shows in full (1 to 10,000; default 10); the
 *     rest are listed. Machine-readable outputs always hold every case.
 */
public record ReportOptions(int topCases) {
  /** Checks the range. */
  public ReportOptions {
    if (topCases < 1 || topCases > 10_000) {
      throw new OptionException("topCases", Integer.toString(topCases), "must be between 1 and 10000, was " + topCases);
    }
  }

  /** Cases listed in report.html's ranked table and drawn in the graph files, at least. */
  public static final int LISTED_CASES = 200;

  /**
   * @return how many of the top cases report.html lists and the graph files hold: at least
   *     {@link #LISTED_CASES}, and every case shown in full; all cases are in the JSON and CSV files
   */
  public int listedCases() {
    return Math.max(topCases, LISTED_CASES);
  }

  /** @return the top 10 cases shown in full */
  public static ReportOptions defaults() {
    return new ReportOptions(10);
  }

  /** @param n cases shown in full @return a copy with it */
  public ReportOptions withTopCases(int n) {
    return new ReportOptions(n);
  }
}
