package io.moneytrail.ingest;

/**
 * Reads single amount and timestamp cells by exactly the rules the CSV reader applies (scale,
 * decimal comma, zone, timestamp pattern), for readers of other formats (such as Parquet on Spark)
 * that must accept and reject the same values with the same reasons. Not thread-safe: one instance
 * per thread.
 */
public final class CellReader {
  private final AmountParser amounts;
  private final TimestampParser timestamps;

  /** @param options the scale, decimal comma, zone and timestamp pattern to read with */
  public CellReader(IngestOptions options) {
    amounts = new AmountParser(options.scale(), options.decimalComma());
    timestamps = new TimestampParser(options.zone(), options.timestampFormat());
  }

  /**
   * Removes what the CSV reader removes around every cell: spaces and tabs, nothing else (a NUL, a
   * no-break or zero-width space stays part of the value, so that distinct ids stay distinct).
   *
   * @param text a cell's text
   * @return it without surrounding spaces and tabs
   */
  public static String strip(String text) {
    int n = text.length();
    int a = 0;
    while (a < n && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
      a++;
    }
    int b = n;
    while (b > a && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
      b--;
    }
    return a == 0 && b == n ? text : text.substring(a, b);
  }

  /**
   * @param text an amount such as {@code 1234.50} (or {@code 1.234,50} with a decimal comma), {@link #strip stripped}
   * @return the amount in minor units at the options' scale
   * @throws IllegalArgumentException with the reason the CSV reader gives for such a cell
   */
  public long amount(String text) {
    try {
      return amounts.parse(text);
    } catch (BadCell e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * @param text a timestamp (ISO-8601, or the options' pattern), {@link #strip stripped}
   * @return milliseconds since the epoch
   * @throws IllegalArgumentException with the reason the CSV reader gives for such a cell
   */
  public long timestamp(String text) {
    try {
      return timestamps.parse(text);
    } catch (BadCell e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
