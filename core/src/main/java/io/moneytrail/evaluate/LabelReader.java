package io.moneytrail.evaluate;

import io.moneytrail.graph.UnionFind;
import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ground-truth labels.
 *
 * <ul>
 *   <li>moneytrail's {@code labels.csv}: columns {@code tx_id,typology,pattern_id,role} (role is not
 *       used); one pattern per (typology, pattern_id);</li>
 *   <li>moneytrail's benign look-alike groups ({@code generate --benign}): columns
 *       {@code tx_id,kind,group_id,role}; one group per (kind, group_id), its typology the kind;</li>
 *   <li>AMLSim's {@code alert_transactions.csv}: columns {@code alert_id,alert_type,tran_id} (others
 *       ignored); one pattern per alert id, typology = alert type;</li>
 *   <li>a label column kept at ingest ({@link Ledger#labelColumns()}: AMLworld {@code Is Laundering},
 *       AMLSim {@code is_sar}, PaySim {@code isFraud}): rows whose value is {@code 1}, {@code true}
 *       or {@code yes} (any case) are labelled; typology = the column name; labelled rows that share
 *       an account (transitively) form one pattern, numbered in ledger order.</li>
 * </ul>
 */
public final class LabelReader {
  private LabelReader() {}

  /**
   * Reads a labels file, detecting its kind from the header.
   *
   * @param file moneytrail {@code labels.csv} or AMLSim {@code alert_transactions.csv}
   * @return the ground truth
   * @throws IllegalArgumentException when the header is neither, or a row lacks a value (with its line)
   * @throws UncheckedIOException when the file cannot be read
   */
  public static GroundTruth read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads labels from a reader (see {@link #read(Path)}).
   *
   * @param in the CSV text
   * @param name a name for messages
   * @return the ground truth
   */
  public static GroundTruth read(Reader in, String name) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      header.putAll(parser.getHeaderMap());
      String kind;
      String idColumn;
      String typologyColumn;
      String patternColumn;
      if (header.containsKey("tx_id") && header.containsKey("typology") && header.containsKey("pattern_id")) {
        kind = "moneytrail labels";
        idColumn = "tx_id";
        typologyColumn = "typology";
        patternColumn = "pattern_id";
      } else if (header.containsKey("tx_id") && header.containsKey("kind") && header.containsKey("group_id")) {
        kind = "moneytrail benign look-alikes";
        idColumn = "tx_id";
        typologyColumn = "kind";
        patternColumn = "group_id";
      } else if (header.containsKey("alert_id") && header.containsKey("alert_type") && header.containsKey("tran_id")) {
        kind = "AMLSim alerts";
        idColumn = "tran_id";
        typologyColumn = "alert_type";
        patternColumn = "alert_id";
      } else {
        throw new IllegalArgumentException(name + ": not a labels file: expected columns tx_id,typology,pattern_id "
            + "(moneytrail), tx_id,kind,group_id (moneytrail benign look-alikes) or alert_id,alert_type,tran_id (AMLSim), "
            + "found " + parser.getHeaderNames());
      }
      int id = header.get(idColumn);
      int typology = header.get(typologyColumn);
      int pattern = header.get(patternColumn);
      Map<List<String>, Set<String>> groups = new LinkedHashMap<>();
      for (CSVRecord r : parser) {
        String tx = cell(r, id);
        String t = cell(r, typology);
        String p = cell(r, pattern);
        if (tx.isEmpty() || t.isEmpty() || p.isEmpty()) {
          throw new IllegalArgumentException(name + " line " + parser.getCurrentLineNumber() + ": empty "
              + (tx.isEmpty() ? idColumn : t.isEmpty() ? typologyColumn : patternColumn));
        }
        groups.computeIfAbsent(List.of(t, p), k -> new LinkedHashSet<>()).add(tx);
      }
      List<LabelledPattern> patterns = new ArrayList<>();
      groups.forEach((k, v) -> patterns.add(new LabelledPattern(k.get(0), k.get(1), new ArrayList<>(v))));
      return new GroundTruth(name + " (" + kind + ")", patterns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(CSVRecord r, int index) {
    return index < r.size() ? r.get(index) : "";
  }

  /**
   * Refines AMLSim alerts with their schedule: each pattern's typology becomes
   * {@code alert_type:schedule_id} (e.g. {@code cycle:2}, AMLSim's cycles that are not in time
   * order), read from an {@code alert_summary.csv} (columns {@code alert_id,alert_type,schedule_id}).
   *
   * @param truth AMLSim alerts read by {@link #read(Path)}
   * @param summary the alert summary file
   * @return the same patterns with refined typologies (an alert the summary lacks keeps its own)
   * @throws IllegalArgumentException when the file lacks the columns (naming the file)
   * @throws UncheckedIOException when it cannot be read
   */
  public static GroundTruth withSchedules(GroundTruth truth, Path summary) {
    Map<String, String> schedule = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(summary, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
      List<String> names = parser.getHeaderNames();
      if (!names.contains("alert_id") || !names.contains("schedule_id")) {
        throw new IllegalArgumentException(summary.getFileName() + ": not an AMLSim alert summary: expected columns "
            + "alert_id,alert_type,schedule_id, found " + names);
      }
      for (CSVRecord r : parser) {
        schedule.put(r.get("alert_id"), r.get("schedule_id"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LabelledPattern> refined = new ArrayList<>();
    for (LabelledPattern p : truth.patterns()) {
      String s = schedule.get(p.patternId());
      refined.add(s == null ? p : new LabelledPattern(p.typology() + ":" + s, p.patternId(), p.transactions()));
    }
    return new GroundTruth(truth.source() + " with schedules from " + summary.getFileName(), refined);
  }

  /**
   * Takes the labels from a label column kept at ingest.
   *
   * @param ledger the ledger
   * @param column the label column, e.g. {@code Is Laundering}
   * @return the ground truth (patterns = groups of labelled rows linked by shared accounts)
   * @throws IllegalArgumentException when the ledger has no such label or extra column
   */
  public static GroundTruth fromColumn(Ledger ledger, String column) {
    if (!ledger.labelColumns().contains(column) && !ledger.extraColumns().contains(column)) {
      throw new IllegalArgumentException("no label column '" + column + "' in the data (label columns: "
          + ledger.labelColumns() + ")");
    }
    UnionFind parent = new UnionFind(ledger.accounts().size());
    List<Integer> rows = new ArrayList<>();
    for (int row = 0; row < ledger.size(); row++) {
      if (ledger.extra(column, row).map(LabelReader::isPositive).orElse(false)) {
        rows.add(row);
        parent.union(ledger.fromId(row), ledger.toId(row));
      }
    }
    Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
    for (int row : rows) {
      byRoot.computeIfAbsent(parent.find(ledger.fromId(row)), k -> new ArrayList<>()).add(ledger.txId(row));
    }
    List<LabelledPattern> patterns = new ArrayList<>();
    int n = 0;
    for (List<String> txs : byRoot.values()) {
      patterns.add(new LabelledPattern(column, column + "-" + (++n), new ArrayList<>(new LinkedHashSet<>(txs))));
    }
    return new GroundTruth("label column " + column, patterns);
  }

  /**
   * @param value a label cell
   * @return whether it marks a positive: {@code 1}, {@code 1.0}, {@code true}, {@code yes} (any case)
   */
  public static boolean isPositive(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("1") || v.equals("1.0") || v.equals("true") || v.equals("yes");
  }
}
