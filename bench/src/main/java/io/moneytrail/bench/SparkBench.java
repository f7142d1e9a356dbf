package io.moneytrail.bench;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.spark.SparkDetectors;
import io.moneytrail.spark.SparkFindings;
import io.moneytrail.spark.SparkLedger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;

/**
 * Spark (local[2]) beside core on the same machine in the same run: for each size, a seeded ledger
 * at a fixed density ({@code BenchData.scaled}: 50,000 accounts per million transactions) written
 * as CSV parts; core loads it and runs each analysis with default
 * settings, then Spark loads the same parts and runs each analysis, then all in one job. Prints the
 * times, their ratio, the time per transaction (to compare sizes), whether the findings are the
 * same (every finding's JSON, in order), and memory: core's retained heap of the ledger, Spark's cache of the loaded rows and the
 * JVM's peak heap. Both engines are warmed up first (core by a first round, Spark by the whole
 * pipeline on a 100,000-row ledger); core's times are the best of two rounds, Spark's of one.
 *
 * <p>Arguments: {@code [sizes=1000000,4000000] [parts=8] [folder=bench/target]}. Run with a large
 * heap, e.g. {@code java -Xmx12g -cp bench/target/classes:$(cat bench/target/classpath.txt)
 * io.moneytrail.bench.Bench spark}.
 */
public final class SparkBench {
  private SparkBench() {}

  /**
   * @param args see the class comment
   * @throws IOException when the data cannot be written
   */
  public static void main(String[] args) throws IOException {
    String[] sizes = (args.length > 0 ? args[0] : "1000000,4000000").split(",");
    int parts = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Path folder = Path.of(args.length > 2 ? args[2] : "bench/target");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("moneytrail SparkBench")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "16")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    AnalysisSettings settings = AnalysisSettings.defaults();
    // Warm-up: the first Spark jobs of a JVM pay for code generation and JIT; run the whole
    // pipeline once on a small ledger so that the timed runs compare steady states.
    List<Path> warm = data(100_000, 2, folder);
    SparkLedger warmLedger = SparkLedger.readCsv(spark, IngestOptions.defaults(), warm.stream().map(Path::toString).toList());
    SparkDetectors.runAll(warmLedger, settings);
    warmLedger.unpersist();
    List<String> report = new ArrayList<>();
    for (String size : sizes) {
      int n = Integer.parseInt(size.trim());
      List<Path> files = data(n, parts, folder);
      report.addAll(run(spark, files, n, settings));
    }
    spark.stop();
    System.out.println();
    report.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "JVM peak heap: %.0f MB (max %d MB)%n", peakHeap() / 1e6,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static List<String> run(SparkSession spark, List<Path> files, int n, AnalysisSettings s) {
    List<String> lines = new ArrayList<>();
    long t = System.nanoTime();
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), files.toArray(new Path[0]));
    double coreLoad = seconds(t);
    TemporalIndex index = FlowGraph.of(load.ledger()).index();
    Map<Detector, Function<TemporalIndex, List<String>>> core = new EnumMap<>(Detector.class);
    for (Detector d : Detector.values()) {
      core.put(d, i -> json(d.run(i, s).findings()));
    }
    Map<Detector, Double> coreTime = new EnumMap<>(Detector.class);
    Map<Detector, List<String>> coreFindings = new EnumMap<>(Detector.class);
    for (int round = 0; round < 2; round++) {
      for (var e : core.entrySet()) {
        long s0 = System.nanoTime();
        coreFindings.put(e.getKey(), e.getValue().apply(index));
        coreTime.merge(e.getKey(), seconds(s0), Math::min);
      }
    }
    System.gc();
    long withLedger = usedHeap();
    index = null;
    load = null;
    System.gc();
    long ledgerHeap = withLedger - usedHeap(); // what the ledger and its index hold

    t = System.nanoTime();
    SparkLedger ledger = SparkLedger.readCsv(spark, IngestOptions.defaults(), files.stream().map(Path::toString).toList());
    ledger.transactions().count();
    double sparkLoad = seconds(t);
    long cached = 0;
    for (RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
      cached += info.memSize() + info.diskSize();
    }
    Map<Detector, Double> sparkTime = new EnumMap<>(Detector.class);
    Map<Detector, List<String>> sparkFindings = new EnumMap<>(Detector.class);
    for (Detector a : Detector.values()) {
      long s0 = System.nanoTime();
      SparkFindings f = SparkDetectors.run(ledger, a, s);
      sparkTime.put(a, seconds(s0));
      sparkFindings.put(a, f.findings());
      System.err.printf(Locale.ROOT, "%,d rows: %s on Spark %.1f s%n", n, a.id(), sparkTime.get(a));
    }
    t = System.nanoTime();
    Map<Detector, SparkFindings> all = SparkDetectors.runAll(ledger, s);
    double together = seconds(t);
    ledger.unpersist();

    lines.add(String.format(Locale.ROOT, "== %,d transactions (%d CSV files), local[2], default settings", n, files.size()));
    lines.add(String.format(Locale.ROOT, "%-16s %9s %9s %7s %12s %12s %9s", "analysis", "core s", "spark s", "ratio",
        "core us/tx", "spark us/tx", "findings"));
    lines.add(row("load", coreLoad, sparkLoad, n, ""));
    double coreTotal = 0;
    double sparkTotal = 0;
    for (Detector a : Detector.values()) {
      boolean same = coreFindings.get(a).equals(sparkFindings.get(a)) && coreFindings.get(a).equals(all.get(a).findings());
      lines.add(row(a.id(), coreTime.get(a), sparkTime.get(a), n, coreFindings.get(a).size()
          + (same ? " (same)" : " DIFFERENT: " + sparkFindings.get(a).size())));
      coreTotal += coreTime.get(a);
      sparkTotal += sparkTime.get(a);
    }
    lines.add(row("all, one by one", coreTotal, sparkTotal, n, ""));
    lines.add(row("all in one job", coreTotal, together, n, ""));
    lines.add(String.format(Locale.ROOT, "memory: core ledger + index %.0f MB (%.0f B/tx); Spark cache of loaded rows "
        + "%.0f MB (%.0f B/tx)", ledgerHeap / 1e6, (double) ledgerHeap / n, cached / 1e6, (double) cached / n));
    return lines;
  }

  private static List<String> json(List<? extends io.moneytrail.analysis.Finding> findings) {
    return findings.stream().map(f -> compact(f.toJsonTree())).toList();
  }

  private static String compact(Object tree) {
    try {
      return io.moneytrail.report.Json.mapper().writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String row(String name, double core, double spark, int n, String findings) {
    return String.format(Locale.ROOT, "%-16s %9.2f %9.2f %6.1fx %12.2f %12.2f %9s", name, core, spark, spark / core,
        core * 1e6 / n, spark * 1e6 / n, findings);
  }

  /** Writes {@code BenchData.scaled(n, 1)} as {@code parts} CSV files (once; reused when present). */
  private static List<Path> data(int n, int parts, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      files.add(folder.resolve("spark-bench-scaled-" + n + "-part" + p + ".csv"));
    }
    if (files.stream().allMatch(Files::isRegularFile)) {
      return files;
    }
    Path whole = folder.resolve("spark-bench-scaled-" + n + ".csv");
    BenchData.scaled(n, 1).writeCsv(whole);
    try (BufferedReader in = Files.newBufferedReader(whole, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      int perPart = (n + parts - 1) / parts;
      for (Path f : files) {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
          w.write(header);
          w.write('\n');
          String line;
          for (int i = 0; i < perPart && (line = in.readLine()) != null; i++) {
            w.write(line);
            w.write('\n');
          }
        }
      }
    }
    Files.delete(whole);
    return files;
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
