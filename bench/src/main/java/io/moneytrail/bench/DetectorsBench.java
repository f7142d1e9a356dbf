package io.moneytrail.bench;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Times the six pattern detectors with default options on {@code BenchData.large(N, seed)}, in
 * process, after warm-up. Prints per-detector best-of-R times, the total, and finding counts.
 *
 * <p>Arguments: {@code [transactions=1000000] [seed=1] [rounds=5] [csv-path]}; with a csv path it
 * also writes the data as CSV for the DuckDB baseline ({@code /work/shared/bench/duckdb-baseline.sh}).
 */
public final class DetectorsBench {
  private DetectorsBench() {}

  /**
   * @param args see the class comment
   * @throws Exception on failure to write the CSV
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    BenchData data = BenchData.large(n, seed);
    if (args.length > 3) {
      data.writeCsv(Path.of(args[3]));
      System.out.println("wrote " + args[3]);
    }
    Ledger ledger = data.toLedger();
    long t0 = System.nanoTime();
    TemporalIndex index = FlowGraph.of(ledger).index();
    System.out.printf(Locale.ROOT, "ledger: %,d transactions, %,d accounts; index built in %.3f s%n", ledger.size(),
        ledger.accounts().size(), (System.nanoTime() - t0) / 1e9);
    Map<String, Function<TemporalIndex, DetectorResult<?>>> detectors = new LinkedHashMap<>();
    for (Detector d : Detector.values()) {
      if (d != Detector.CYCLES) {
        detectors.put(d.id(), i -> d.run(i, d.defaults()));
      }
    }
    for (int warm = 0; warm < 3; warm++) {
      for (var d : detectors.values()) {
        d.apply(index);
      }
    }
    Map<String, Long> best = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    long bestTotal = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long total = 0;
      for (var e : detectors.entrySet()) {
        long s = System.nanoTime();
        DetectorResult<?> result = e.getValue().apply(index);
        long d = System.nanoTime() - s;
        total += d;
        best.merge(e.getKey(), d, Math::min);
        counts.put(e.getKey(), result.count());
      }
      bestTotal = Math.min(bestTotal, total);
    }
    System.out.printf(Locale.ROOT, "%-16s %10s %10s%n", "detector", "best ms", "findings");
    for (String name : detectors.keySet()) {
      System.out.printf(Locale.ROOT, "%-16s %10.1f %10d%n", name, best.get(name) / 1e6, counts.get(name));
    }
    System.out.printf(Locale.ROOT, "%-16s %10.1f   (best round of %d, all six in sequence)%n", "total",
        bestTotal / 1e6, rounds);
    long fanOutAccounts = FanDetector.fanOut(index, BurstOptions.FAN_DEFAULTS).findings().stream()
        .map(f -> f.account()).distinct().count();
    System.out.printf(Locale.ROOT, "fan-out accounts (comparable to duckdb-baseline.sh's count): %d%n", fanOutAccounts);
  }
}
