package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.evaluate.Evaluation;
import io.moneytrail.evaluate.Evaluator;
import io.moneytrail.evaluate.GroundTruth;
import io.moneytrail.evaluate.LabelReader;
import io.moneytrail.evaluate.TypologyScore;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.synth.GeneratorOptions.Planting;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioGeneratorTest {

  private static final GeneratorOptions SMALL = GeneratorOptions.defaults()
      .withAccounts(3_000).withDays(90).withTransactions(40_000).withSeed(42);

  private static String[] run(GeneratorOptions options) {
    StringWriter tx = new StringWriter();
    StringWriter labels = new StringWriter();
    new ScenarioGenerator(options).generate(tx, labels);
    return new String[] {tx.toString(), labels.toString()};
  }

  /** @return transactions, labels and benign file */
  private static String[] runWithBenign(GeneratorOptions options) {
    StringWriter tx = new StringWriter();
    StringWriter labels = new StringWriter();
    StringWriter benign = new StringWriter();
    new ScenarioGenerator(options).generate(tx, labels, benign);
    return new String[] {tx.toString(), labels.toString(), benign.toString()};
  }

  @ParameterizedTest
  @EnumSource(Planting.class)
  void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot(Planting planting) {
    GeneratorOptions options = SMALL.withPlanting(planting);
    String[] a = runWithBenign(options);
    String[] b = runWithBenign(options);
    String[] c = runWithBenign(options.withSeed(43));
    for (int i = 0; i < 3; i++) {
      assertEquals(a[i], b[i], "file " + i);
      assertNotEquals(a[i], c[i], "file " + i);
    }
    assertTrue(a[2].lines().count() > 1_000, "benign rows");
  }

  @ParameterizedTest
  @EnumSource(Planting.class)
  void writingTheBenignFileChangesNeitherTransactionsNorLabels(Planting planting) {
    GeneratorOptions options = SMALL.withPlanting(planting);
    String[] without = run(options);
    String[] with = runWithBenign(options);
    assertEquals(without[0], with[0]);
    assertEquals(without[1], with[1]);
  }

  @Test
  void embeddedAndIsolatedPlantingDiffer() {
    assertNotEquals(run(SMALL)[0], run(SMALL.withPlanting(Planting.ISOLATED))[0]);
    assertEquals(Planting.EMBEDDED, GeneratorOptions.defaults().planting());
    assertEquals(Planting.EMBEDDED, new GeneratorOptions(100, 1, 1, 1, Map.of(), Instant.EPOCH, List.of("EUR")).planting());
  }

  @ParameterizedTest
  @EnumSource(Planting.class)
  void writesTheRequestedRowsInTimeOrderAndLabelsPointAtPlantedRows(Planting planting) {
    StringWriter tx = new StringWriter();
    StringWriter labels = new StringWriter();
    GenerationSummary summary = new ScenarioGenerator(SMALL.withPlanting(planting)).generate(tx, labels);
    String[] lines = tx.toString().split("\n");
    assertEquals("tx_id,timestamp,from_account,to_account,amount,currency", lines[0]);
    assertEquals(40_000, lines.length - 1);
    assertEquals(40_000, summary.rows());
    Set<String> ids = new HashSet<>();
    String previous = "";
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      assertEquals(6, cells.length, lines[i]);
      assertTrue(ids.add(cells[0]), "unique id " + cells[0]);
      assertTrue(previous.compareTo(cells[1]) <= 0, "time order at line " + i);
      previous = cells[1];
      assertTrue(cells[4].matches("\\d+\\.\\d\\d") && !cells[4].equals("0.00"), cells[4]);
      assertTrue(!cells[2].equals(cells[3]), "no self-transfer at line " + i);
    }
    assertTrue(previous.startsWith("2025-03-31"), previous);
    String[] labelLines = labels.toString().split("\n");
    assertEquals("tx_id,typology,pattern_id,role", labelLines[0]);
    assertEquals(summary.plantedRows(), labelLines.length - 1);
    Set<String> patterns = new HashSet<>();
    for (int i = 1; i < labelLines.length; i++) {
      String[] cells = labelLines[i].split(",");
      assertTrue(ids.contains(cells[0]), cells[0]);
      assertTrue(Typology.byLabel(cells[1]).isPresent(), cells[1]);
      assertTrue(cells[2].startsWith(cells[1] + "-"), cells[2]);
      patterns.add(cells[2]);
    }
    int expected = GeneratorOptions.defaultTypologies().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(expected, patterns.size());
  }

  @ParameterizedTest
  @CsvSource({"ISOLATED,42", "ISOLATED,7", "ISOLATED,2026", "EMBEDDED,42", "EMBEDDED,7", "EMBEDDED,2026"})
  void everyPlantedPatternIsFoundByTheDetectorsWithGenerousOptions(Planting planting, long seed, @TempDir Path dir)
      throws IOException {
    GeneratorOptions options = SMALL.withSeed(seed).withPlanting(planting);
    // embedded cycles hop 200-20,000 (isolated: 10,000-100,000)
    String cycleMin = planting == Planting.EMBEDDED ? "100" : "5000";
    Path txFile = dir.resolve("tx.csv");
    Path labelFile = dir.resolve("labels.csv");
    try (var tx = Files.newBufferedWriter(txFile, StandardCharsets.UTF_8);
        var labels = Files.newBufferedWriter(labelFile, StandardCharsets.UTF_8)) {
      new ScenarioGenerator(options).generate(tx, labels);
    }
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), txFile);
    assertEquals(0, load.rowsRejected());
    GroundTruth truth = LabelReader.read(labelFile);
    AnalysisSettings generous = AnalysisSettings.defaults()
        .with(Detector.FAN_IN, new BurstOptions(5, Duration.ofDays(3), BigDecimal.ZERO))
        .with(Detector.FAN_OUT, new BurstOptions(5, Duration.ofDays(3), BigDecimal.ZERO))
        .with(Detector.SCATTER_GATHER, new BurstOptions(3, Duration.ofDays(3), BigDecimal.ZERO))
        .with(Detector.GATHER_SCATTER, new BurstOptions(3, Duration.ofDays(3), BigDecimal.ZERO))
        .with(Detector.MULES, new MuleOptions(new BigDecimal("0.8"), Duration.ofHours(48), 2, BigDecimal.ZERO))
        .with(Detector.STRUCTURING, StructuringOptions.defaults().withMinCount(3).withWindow(Duration.ofDays(7)))
        .with(Detector.CYCLES, CycleOptions.defaults().withMaxLength(6).withWindow(Duration.ofDays(30))
            .withMinAmount(new BigDecimal(cycleMin)));
    Evaluation evaluation = Evaluator.evaluate(load, truth, generous, Evaluator.DEFAULT_MIN_SHARE);
    assertEquals(0, evaluation.missingTransactions());
    assertEquals(8, evaluation.typologies().size());
    for (TypologyScore score : evaluation.typologies()) {
      int planted = SMALL.count(Typology.byLabel(score.typology()).orElseThrow());
      assertEquals(planted, score.labelled(), score.typology());
      assertEquals(planted, score.found(), score.typology() + " " + score);
      assertTrue(score.txRecall() >= 0.5, score.toString());
    }
  }

  @Test
  void optionsAreValidatedNamingTheOption() {
    GeneratorOptions d = GeneratorOptions.defaults();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withAccounts(99)).getMessage().startsWith("accounts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withDays(0)).getMessage().startsWith("days"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withTransactions(0)).getMessage().startsWith("transactions"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withDays(1).withTransactions(20_000_001))
        .getMessage().contains("a day"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withStart(Instant.ofEpochMilli(1)))
        .getMessage().startsWith("start"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withCurrencies(List.of("eur")))
        .getMessage().startsWith("currencies"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withTypologies(Map.of(Typology.CYCLE, -1)))
        .getMessage().contains("cycle"));
  }

  @Test
  void typologyListParsesNamesAndRejectsUnknownOnes() {
    assertEquals(Map.of(Typology.FAN_IN, 30, Typology.SCAM_CENTRE, 5),
        GeneratorOptions.parseTypologies("fan_in=30, scam-centre=5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parseTypologies("smurf=3"))
        .getMessage().contains("smurf"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parseTypologies("cycle=x"))
        .getMessage().contains("cycle"));
  }

  @ParameterizedTest
  @EnumSource(Planting.class)
  void tooFewAccountsOrRowsForThePatternsIsRejected(Planting planting) {
    GeneratorOptions tooFewAccounts = SMALL.withAccounts(500).withPlanting(planting);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> run(tooFewAccounts)).getMessage().startsWith("accounts"));
    GeneratorOptions tooFewRows = SMALL.withTransactions(100).withPlanting(planting);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> run(tooFewRows)).getMessage().startsWith("transactions"));
  }

  /**
   * Tiny, short, long and odd periods (a leap February, a start mid-month, one day, a budget far
   * below or above the monthly flows) still give exactly the requested rows in time order.
   */
  @ParameterizedTest
  @CsvSource({
      "EMBEDDED,100,1,1,,2025-01-01",
      "EMBEDDED,100,30,40,,2025-01-01",
      "EMBEDDED,450,20,2500,all2,2025-01-01",
      "EMBEDDED,600,44,4500,all2,2025-01-01",
      "EMBEDDED,300,31,5000,cycle=2,2024-02-15",
      "EMBEDDED,1000,400,60000,,2024-12-30",
      "EMBEDDED,200,10,200000,fan_in=1,2025-03-27",
      "ISOLATED,100,1,1,,2025-01-01",
      "ISOLATED,600,44,4500,all2,2025-01-01"})
  void anyPeriodAndBudgetGiveExactlyTheRequestedRowsInTimeOrder(Planting planting, int accounts, int days,
      long transactions, String typologies, String start) {
    Map<Typology, Integer> mix = new java.util.EnumMap<>(Typology.class);
    if ("all2".equals(typologies)) {
      for (Typology t : Typology.values()) {
        mix.put(t, 2);
      }
    } else if (typologies != null) {
      mix.putAll(GeneratorOptions.parseTypologies(typologies));
    }
    GeneratorOptions options = new GeneratorOptions(accounts, days, transactions, 19, mix,
        Instant.parse(start + "T00:00:00Z"), List.of("EUR", "USD"), planting);
    String[] out = runWithBenign(options);
    String[] lines = out[0].split("\n");
    assertEquals(transactions, lines.length - 1);
    String first = start + "T00:00:00Z";
    String end = Instant.parse(first).plus(Duration.ofDays(days)).toString();
    String previous = first;
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      assertTrue(previous.compareTo(cells[1]) <= 0 && cells[1].compareTo(end) < 0, "time order at line " + i);
      assertTrue(!cells[2].equals(cells[3]), "no self-transfer at line " + i);
      previous = cells[1];
    }
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      ids.add(lines[i].substring(0, lines[i].indexOf(',')));
    }
    for (int f = 1; f <= 2; f++) {
      String[] rows = out[f].split("\n");
      for (int i = 1; i < rows.length; i++) {
        assertTrue(ids.contains(rows[i].substring(0, rows[i].indexOf(','))), rows[i]);
      }
    }
  }

  @Test
  void severalCurrenciesAreUsedByHomeCurrencyAndPlantedRowsUseTheFirst() throws IOException {
    GeneratorOptions options = SMALL.withCurrencies(List.of("EUR", "USD")).withTypologies(Map.of(Typology.CYCLE, 3));
    String[] out = run(options);
    assertTrue(out[0].contains(",USD\n") && out[0].contains(",EUR\n"));
    GroundTruth truth = LabelReader.read(new StringReader(out[1]), "labels");
    Set<String> planted = new HashSet<>();
    truth.patterns().forEach(p -> planted.addAll(p.transactions()));
    for (String line : out[0].split("\n")) {
      if (planted.contains(line.substring(0, line.indexOf(',')))) {
        assertTrue(line.endsWith(",EUR"), line);
      }
    }
  }
}
