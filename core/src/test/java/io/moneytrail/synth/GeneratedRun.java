package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generator run written to files and read back: the transactions through the real loader
 * ({@link LedgerReader}), the labels and benign rows resolved to ledger rows (a row that names no
 * transaction fails the run).
 */
final class GeneratedRun {
  /** A label row resolved to its ledger row. */
  record Label(int row, String typology, String pattern, String role) {}

  /** A benign row resolved to its ledger row. */
  record Benign(int row, String kind, String group, String role) {}

  final GeneratorOptions options;
  final GenerationSummary summary;
  final Ledger ledger;
  final List<Label> labels = new ArrayList<>();
  final List<Benign> benign = new ArrayList<>();

  private GeneratedRun(GeneratorOptions options, GenerationSummary summary, Ledger ledger) {
    this.options = options;
    this.summary = summary;
    this.ledger = ledger;
  }

  static GeneratedRun of(GeneratorOptions options, Path dir) throws IOException {
    Path tx = dir.resolve("tx.csv");
    Path labels = dir.resolve("labels.csv");
    Path benign = dir.resolve("benign.csv");
    GenerationSummary summary;
    try (Writer t = Files.newBufferedWriter(tx, StandardCharsets.UTF_8);
        Writer l = Files.newBufferedWriter(labels, StandardCharsets.UTF_8);
        Writer b = Files.newBufferedWriter(benign, StandardCharsets.UTF_8)) {
      summary = new ScenarioGenerator(options).generate(t, l, b);
    }
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), tx);
    assertEquals(0, load.rowsRejected(), "rejected rows");
    assertEquals(options.transactions(), load.rowsLoaded());
    GeneratedRun run = new GeneratedRun(options, summary, load.ledger());
    List<String> labelLines = Files.readAllLines(labels, StandardCharsets.UTF_8);
    assertEquals("tx_id,typology,pattern_id,role", labelLines.get(0));
    for (String line : labelLines.subList(1, labelLines.size())) {
      String[] c = line.split(",", -1);
      assertEquals(4, c.length, line);
      run.labels.add(new Label(run.row(c[0]), c[1], c[2], c[3]));
    }
    List<String> benignLines = Files.readAllLines(benign, StandardCharsets.UTF_8);
    assertEquals("tx_id,kind,group_id,role", benignLines.get(0));
    for (String line : benignLines.subList(1, benignLines.size())) {
      String[] c = line.split(",", -1);
      assertEquals(4, c.length, line);
      run.benign.add(new Benign(run.row(c[0]), c[1], c[2], c[3]));
    }
    return run;
  }

  private int row(String txId) {
    return ledger.rowOf(txId).orElseThrow(() -> new AssertionError("no transaction " + txId));
  }

  String from(int row) {
    return ledger.from(row);
  }

  String to(int row) {
    return ledger.to(row);
  }

  long amount(int row) {
    return ledger.amount(row);
  }

  Instant time(int row) {
    return ledger.timestamp(row);
  }

  LocalDate date(int row) {
    return LocalDate.ofInstant(ledger.timestamp(row), ZoneOffset.UTC);
  }

  /** @return labels per pattern id, in row order */
  Map<String, List<Label>> patterns() {
    Map<String, List<Label>> m = new LinkedHashMap<>();
    for (Label l : labels) {
      m.computeIfAbsent(l.pattern(), k -> new ArrayList<>()).add(l);
    }
    return m;
  }

  /** @return benign rows per group id of one kind, in row order */
  Map<String, List<Benign>> groups(String kind) {
    Map<String, List<Benign>> m = new LinkedHashMap<>();
    for (Benign b : benign) {
      if (b.kind().equals(kind)) {
        m.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b);
      }
    }
    return m;
  }

  /** @return the ledger rows that carry a label */
  Set<Integer> labelledRows() {
    Set<Integer> s = new HashSet<>();
    labels.forEach(l -> s.add(l.row()));
    return s;
  }

  /** @return accounts taking part in each planted pattern */
  Map<String, Set<String>> patternAccounts() {
    Map<String, Set<String>> m = new HashMap<>();
    for (Label l : labels) {
      Set<String> s = m.computeIfAbsent(l.pattern(), k -> new HashSet<>());
      s.add(from(l.row()));
      s.add(to(l.row()));
    }
    return m;
  }
}
