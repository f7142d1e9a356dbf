package io.moneytrail.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV meant to be opened in spreadsheets: RFC 4180 quoting, and every cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is neutralised against
 * formula injection by a leading apostrophe (the convention spreadsheets treat as "text").
 * Numbers written by moneytrail are never negative in such files unless a value is; a neutralised
 * negative number reads as text, which is the safe side.
 */
public final class SafeCsv implements Closeable, Flushable {
  private final CSVPrinter printer;

  /**
   * @param out where to write (not closed by {@link #close()} unless the printer owns it)
   * @param header the column names
   * @throws IOException on write failure
   */
  public SafeCsv(Writer out, List<String> header) throws IOException {
    printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    row(header);
  }

  /**
   * Neutralises one cell.
   *
   * @param value the cell text
   * @return the text, prefixed with {@code '} when it begins with a formula trigger
   */
  public static String neutralise(String value) {
    if (!value.isEmpty()) {
      char c = value.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + value;
      }
    }
    return value;
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, neutralised here
   * @throws IOException on write failure
   */
  public void row(List<String> cells) throws IOException {
    for (String cell : cells) {
      printer.print(neutralise(cell == null ? "" : cell));
    }
    printer.println();
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, neutralised here
   * @throws IOException on write failure
   */
  public void row(String... cells) throws IOException {
    row(List.of(cells));
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
