package io.moneytrail.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The spark-submit entry point, run in-process on the test class's session (Spark's defaults, as on a cluster). */
class MainTest {
  private static final String SCAM = Path.of("..", "examples", "data", "scam-centre.csv").toString();
  private static SparkSession spark;

  @TempDir
  Path dir;

  /** Exit code, stdout and stderr of one run. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void start() {
    spark = LocalSpark.startWithSparkDefaults();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzeWritesEveryAnalysisAsJsonLinesParquetAndASummaryAndTheJsonIsByteIdenticalAcrossRuns() throws IOException {
    Path out = dir.resolve("report");
    Path again = dir.resolve("again");
    Run r = run("analyze", SCAM, "--out", out.toString(), "--set", "fanIn.minCounterparties=3");
    assertEquals(0, run("analyze", SCAM, "--out", again.toString(), "--set", "fanIn.minCounterparties=3").code());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("1 file(s), 558 rows read, 558 loaded, 0 rejected"), r.out());
    assertTrue(r.out().contains("cycles 1"), r.out());
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of(SCAM));
    int fanIn = FanDetector.fanIn(FlowGraph.of(load.ledger()).index(), BurstOptions.FAN_DEFAULTS.withMinCounterparties(3))
        .count();
    assertTrue(r.out().contains("fan-in " + fanIn + ","), r.out());
    for (Detector a : Detector.values()) {
      assertTrue(Files.isRegularFile(out.resolve(a.id() + ".jsonl")), a.id());
      List<Row> rows = spark.read().parquet(out.resolve(a.id() + ".parquet").toString()).orderBy("position").collectAsList();
      List<String> lines = Files.readAllLines(out.resolve(a.id() + ".jsonl"));
      assertEquals(lines.size(), rows.size(), a.id());
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(lines.get(i), rows.get(i).getAs("finding_json"), a.id() + " row " + i);
      }
    }
    Map<?, ?> summary = Json.mapper().readValue(out.resolve("summary.json").toFile(), Map.class);
    assertEquals(558, summary.get("rowsLoaded"));
    assertEquals("", Files.readString(out.resolve("rejects.jsonl")));
    for (String name : List.of("cycles.jsonl", "fan-out.jsonl", "fan-in.jsonl", "scatter-gather.jsonl",
        "gather-scatter.jsonl", "mules.jsonl", "structuring.jsonl", "rejects.jsonl", "summary.json")) {
      assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
    }
  }

  @Test
  void analyzeExaminesWhatCoresAnalysisExaminesAndFindsTheSame() throws IOException {
    Path year = dir.resolve("year.csv");
    io.moneytrail.synth.GeneratorOptions g = new io.moneytrail.synth.GeneratorOptions(4_000, 365, 60_000, 3,
        Map.of(io.moneytrail.synth.Typology.FAN_IN, 3, io.moneytrail.synth.Typology.CYCLE, 3,
            io.moneytrail.synth.Typology.SCATTER_GATHER, 2, io.moneytrail.synth.Typology.MULE_CHAIN, 2),
        java.time.Instant.parse("2025-01-01T00:00:00Z"),
        List.of("EUR"));
    try (java.io.Writer tx = Files.newBufferedWriter(year); java.io.Writer labels = new StringWriter()) {
      new io.moneytrail.synth.ScenarioGenerator(g).generate(tx, labels);
    }
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), year);
    io.moneytrail.analysis.AnalysisResult core = io.moneytrail.analysis.Analysis.run(load,
        io.moneytrail.analysis.AnalysisSettings.defaults());
    assertTrue(core.examined() < load.rowsLoaded() / 2, "a year of everyday life is mostly established: "
        + core.examined());
    Path out = dir.resolve("year-report");
    Run r = run("analyze", year.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    for (Detector d : Detector.values()) {
      List<String> lines = Files.readAllLines(out.resolve(d.id() + ".jsonl"));
      assertEquals(core.findings(d).size(), lines.size(), d.id());
      if (!lines.isEmpty()) {
        Map<?, ?> first = Json.mapper().readValue(lines.get(0), Map.class);
        assertEquals(core.findings(d).get(0).transactions(), first.get("transactions"), d.id());
      }
    }
    Path all = dir.resolve("year-all");
    Run everything = run("analyze", year.toString(), "--out", all.toString(), "--set", "cases.ignoreEstablished=false");
    assertEquals(0, everything.code(), everything.err());
    assertEquals(Detector.FAN_IN.run(FlowGraph.of(load.ledger()).index(), io.moneytrail.analysis.AnalysisSettings
        .defaults()).count(), Files.readAllLines(all.resolve("fan-in.jsonl")).size());
  }

  @Test
  void commandOptionsMeanWhatTheyMeanInTheCli() throws IOException {
    Path out = dir.resolve("fanout");
    Run r = run("fanout", SCAM, "--out", out.toString(), "--min-counterparties", "3", "--window", "2d",
        "--min-amount", "100");
    assertEquals(0, r.code(), r.err());
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of(SCAM));
    List<String> expected = new ArrayList<>();
    for (Finding f : FanDetector.fanOut(FlowGraph.of(load.ledger()).index(),
        new BurstOptions(3, Duration.ofDays(2), new java.math.BigDecimal("100"))).findings()) {
      expected.add(CoreEngine.json(f.toJsonTree()));
    }
    assertTrue(expected.size() > 0);
    assertEquals(expected, Files.readAllLines(out.resolve("fan-out.jsonl"), StandardCharsets.UTF_8));

    Path cycles = dir.resolve("cycles");
    r = run("cycles", SCAM, "--out", cycles.toString(), "--max-length", "4", "--window", "7d", "--max-loss", "5%");
    assertEquals(0, r.code(), r.err());
    List<String> expectedCycles = new ArrayList<>();
    TemporalCycles.find(FlowGraph.of(load.ledger()), CycleOptions.defaults().withMaxLength(4)
        .withWindow(Duration.ofDays(7)).withMaxLoss(new java.math.BigDecimal("0.05"))).cycles()
        .forEach(c -> expectedCycles.add(CoreEngine.json(c.toJsonTree())));
    assertEquals(expectedCycles, Files.readAllLines(cycles.resolve("cycles.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  void rejectedRowsAreWrittenWithFileLineColumnValueAndReason() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-01-01T10:00:00Z,A,B,10.00,EUR\n"
        + "T2,2025-01-01T11:00:00Z,B,A,ten,EUR\n");
    Path out = dir.resolve("out");
    Run r = run("mules", csv.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 rows read, 1 loaded, 1 rejected (see rejects.jsonl)"), r.out());
    assertEquals("{\"file\":\"" + csv + "\",\"line\":3,\"column\":\"amount\",\"value\":\"ten\",\"reason\":\"amount is not a number\","
        + "\"raw\":\"T2,2025-01-01T11:00:00Z,B,A,ten,EUR\"}\n", Files.readString(out.resolve("rejects.jsonl")));
  }

  @Test
  void usageErrorsExitWith2BeforeSparkWork() {
    Run r = run("cycles", SCAM, "--out", dir.toString(), "--ignore-time");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ignore-time (static cycles) is not available on Spark"), r.err());
    assertEquals(2, run("fanout", SCAM, "--out", dir.toString(), "--window", "soon").code());
    r = run("fanout", SCAM, "--out", dir.toString(), "--min-counterparties", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("moneytrail-spark: --min-counterparties must be"), r.err());
    r = run("cycles", SCAM, "--out", dir.toString(), "--ignore-time", "--min-amount", "5");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ignore-time (static cycles) is not available on Spark"), r.err());
    assertEquals(2, run("analyze", SCAM, "--out", dir.toString(), "--set", "nonsense").code());
    assertEquals(2, run("trace", SCAM, "--out", dir.toString()).code());
    assertEquals(2, run("fanout", SCAM).code());
  }

  @Test
  void inputErrorsExitWith3NamingTheFile() throws IOException {
    Run r = run("fanout", dir.resolve("missing.csv").toString(), "--out", dir.resolve("o").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("missing.csv: cannot read file: no such file"), r.err());

    Path notParquet = Files.writeString(dir.resolve("broken.parquet"), "not parquet at all");
    r = run("mules", notParquet.toString(), "--out", dir.resolve("o").toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("broken.parquet"), r.err());
    assertEquals(2, run("mules", notParquet.toString(), "--out", dir.resolve("o").toString(), "--format", "paysim").code());

    Path headerOnly = Files.writeString(dir.resolve("empty.csv"), "tx_id,timestamp,from_account,to_account,amount\n");
    r = run("fanin", headerOnly.toString(), "--out", dir.resolve("o").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains(headerOnly + ": file has a header but no data rows"), r.err());
  }
}
