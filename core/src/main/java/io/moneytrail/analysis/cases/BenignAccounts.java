package io.moneytrail.analysis.cases;

import io.moneytrail.ingest.CellReader;
import io.moneytrail.ingest.IngestException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of accounts the user declares benign (an exchange, a payment processor, a payroll
 * bureau): CSV in UTF-8 (a byte-order mark allowed) with the header {@code account,reason}
 * ({@code reason} optional), one account per row; cells lose surrounding spaces and tabs only, as
 * in ingest ({@link CellReader#strip}). Such accounts never join findings into one case ({@link CaseOptions#benign()}).
 */
public final class BenignAccounts {
  /** The most rows read: a benign list names institutions, not customers. */
  public static final int MAX_ROWS = 1_000_000;

  private BenignAccounts() {}

  /**
   * @param file the CSV file
   * @return account to reason (reasons of an account listed twice joined with {@code "; "}), sorted
   * @throws IngestException naming the file, line, column and value of a bad row, or a missing column
   * @throws IOException when the file cannot be read
   */
  public static Map<String, String> read(Path file) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).build();
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = format.parse(in)) {
      if (!parser.getHeaderNames().contains("account") && !parser.getHeaderNames().contains("\uFEFFaccount")) {
        throw new IngestException(file, 1, "account", String.join(",", parser.getHeaderNames()),
            "the header must name the columns account and, optionally, reason");
      }
      boolean hasReason = parser.getHeaderNames().contains("reason");
      // a byte-order mark (spreadsheets write one) is not part of the first column's name
      String accountColumn = parser.getHeaderNames().contains("account") ? "account" : "\uFEFFaccount";
      int rows = 0;
      for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext();) {
        CSVRecord rec = it.next();
        long line = rec.getRecordNumber() + 1;
        if (++rows > MAX_ROWS) {
          throw new IngestException(file, line, "account", "", "more than " + MAX_ROWS + " rows");
        }
        if (!rec.isConsistent()) {
          throw new IngestException(file, line, "account", rec.toList().toString(),
              "expected " + parser.getHeaderNames().size() + " cells, found " + rec.size());
        }
        String account = CellReader.strip(rec.get(accountColumn));
        if (account.isEmpty()) {
          throw new IngestException(file, line, "account", rec.get(accountColumn), "an account is required");
        }
        String reason = hasReason ? CellReader.strip(rec.get("reason")) : "";
        out.merge(account, reason, (a, b) -> a.isEmpty() ? b : b.isEmpty() || a.equals(b) ? a : a + "; " + b);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IngestException(file, "not UTF-8 text", e);
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new IngestException(file, "not UTF-8 text", e);
      }
      throw e.getCause();
    } catch (IllegalStateException e) {
      // commons-csv reports a malformed row (an unclosed quote) this way
      throw new IngestException(file, "malformed CSV: " + e.getMessage(), e);
    }
    return out;
  }
}
