package io.moneytrail.bench;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.ReportOptions;
import io.moneytrail.report.RunInfo;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.ScenarioGenerator;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the main job as {@code moneytrail analyze} runs it (load, every detector on the examined
 * relationships, risk and cases, the whole report folder) on the realistic generator's data, best
 * of R rounds after a warm-up, with the case figures that matter for triage (cases, the largest as
 * a share of accounts) and the heap in use after the run.
 *
 * <p>Arguments: {@code [transactions=1000000] [seed=11] [rounds=3]}. The data goes to
 * {@code bench/target/analyze-N-S.csv} (accounts N/20, 365 days, embedded planting), for the
 * DuckDB baseline: {@code ../shared/bench/duckdb-baseline.sh bench/target/analyze-N-S.csv}; quote
 * the analyze time as a ratio to its fan-out time on the same machine.
 */
public final class AnalyzeBench {
  private AnalyzeBench() {}

  /**
   * @param args see the class comment
   * @throws Exception on failure to write the data or the report
   */
  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 11;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path csv = Path.of("bench", "target", "analyze-" + n + "-" + seed + ".csv");
    Files.createDirectories(csv.getParent());
    if (!Files.exists(csv)) {
      GeneratorOptions g = new GeneratorOptions((int) Math.max(10_000, n / 20), 365, n, seed,
          GeneratorOptions.defaultTypologies(), Instant.parse("2025-01-01T00:00:00Z"), List.of("EUR"));
      try (Writer tx = new BufferedWriter(Files.newBufferedWriter(csv), 1 << 20); Writer labels = new StringWriter()) {
        new ScenarioGenerator(g).generate(tx, labels);
      }
      System.out.println("wrote " + csv);
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r <= rounds; r++) {
      Path out = Files.createTempDirectory("analyze-bench");
      Files.delete(out);
      long t0 = System.nanoTime();
      LoadResult load = LedgerReader.read(IngestOptions.defaults(), csv);
      long t1 = System.nanoTime();
      AnalysisResult result = Analysis.run(load, AnalysisSettings.defaults());
      long t2 = System.nanoTime();
      CaseReport.write(result, new RunInfo("bench", List.of("bench"), Map.of(), Duration.ofNanos(t1 - t0)),
          ReportOptions.defaults(), out);
      long t3 = System.nanoTime();
      long bytes;
      try (Stream<Path> files = Files.walk(out)) {
        bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      deleteTree(out);
      System.gc();
      long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      int largest = result.cases().stream().mapToInt(c -> c.accounts().size()).max().orElse(0);
      System.out.printf(Locale.ROOT, "%s: load %.2f s, analysis %.2f s %s, report %.2f s (%,d bytes), total %.2f s; "
          + "%,d examined of %,d; %,d cases, largest %d accounts (%.2f %% of %,d); heap after %,d MB%n",
          r == 0 ? "warm-up" : "round " + r, (t1 - t0) / 1e9, (t2 - t1) / 1e9, steps(result), (t3 - t2) / 1e9, bytes,
          (t3 - t0) / 1e9, result.examined(), load.rowsLoaded(), result.cases().size(), largest,
          100.0 * largest / Math.max(1, load.ledger().accounts().size()), load.ledger().accounts().size(),
          heap >> 20);
      if (r > 0) {
        best = Math.min(best, t3 - t0);
      }
    }
    System.out.printf(Locale.ROOT, "best total of %d rounds: %.2f s; compare with %s%n", rounds, best / 1e9,
        "../shared/bench/duckdb-baseline.sh " + csv);
  }

  private static String steps(AnalysisResult r) {
    StringBuilder b = new StringBuilder("(");
    r.timings().forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(' ').append(v.toMillis())
        .append(" ms"));
    return b.append(')').toString();
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
