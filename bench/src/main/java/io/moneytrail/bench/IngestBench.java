package io.moneytrail.bench;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Ingest benchmark: writes a seeded canonical CSV ({@code BenchData.large}), then loads it several
 * times in-process and reports the best and median load time and the heap the loaded ledger keeps
 * per transaction (heap after GC with the ledger reachable minus heap after GC without it). It then
 * loads the same rows with every account id made non-ASCII ({@code AC} becomes {@code ÄC}, a
 * second file beside the first), which takes the strict UTF-8 check that pure ASCII rows skip.
 *
 * <p>Arguments: {@code [rows=1000000] [file=target/bench-1m.csv] [rounds=5] [seed=1]}. Compare the
 * time with {@code ../shared/bench/duckdb-baseline.sh FILE} run in the same session.
 */
public final class IngestBench {
  private IngestBench() {}

  /**
   * @param args rows, CSV path, rounds, seed (all optional)
   * @throws Exception on I/O failure
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "target/bench-" + rows + ".csv");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      BenchData.large(rows, seed).writeCsv(file);
    }
    System.out.printf(Locale.ROOT, "file %s, %.1f MB, %d rows%n", file, Files.size(file) / 1e6, rows);
    double[] seconds = new double[rounds];
    LoadResult kept = null;
    for (int warm = 0; warm < 2; warm++) {
      LedgerReader.read(IngestOptions.defaults(), file);
    }
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      LoadResult r = LedgerReader.read(IngestOptions.defaults(), file);
      seconds[i] = (System.nanoTime() - t0) / 1e9;
      if (r.rowsLoaded() != rows) {
        throw new IllegalStateException("loaded " + r.rowsLoaded() + " of " + rows);
      }
      kept = r;
    }
    long with = usedAfterGc();
    long size = kept.ledger().size();
    kept = null;
    long without = usedAfterGc();
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "load: best %.3f s, median %.3f s over %d rounds (after 2 warm-up loads)%n", sorted[0],
        sorted[rounds / 2], rounds);
    System.out.printf(Locale.ROOT, "heap kept by the loaded ledger: %.1f MB = %.1f bytes per transaction%n",
        (with - without) / 1e6, (with - without) / (double) size);

    Path accented = file.resolveSibling(file.getFileName().toString().replace(".csv", "") + "-utf8.csv");
    if (!Files.exists(accented)) {
      try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
          java.io.BufferedWriter out = Files.newBufferedWriter(accented, java.nio.charset.StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.write(line.replace(",AC", ",\u00c4C"));
          out.write('\n');
        }
      }
    }
    for (int warm = 0; warm < 2; warm++) {
      LedgerReader.read(IngestOptions.defaults(), accented);
    }
    double[] utf8 = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      LoadResult r = LedgerReader.read(IngestOptions.defaults(), accented);
      utf8[i] = (System.nanoTime() - t0) / 1e9;
      if (r.rowsLoaded() != rows) {
        throw new IllegalStateException("loaded " + r.rowsLoaded() + " of " + rows + " non-ASCII rows");
      }
    }
    Arrays.sort(utf8);
    System.out.printf(Locale.ROOT, "load, every account id non-ASCII (strict UTF-8 check): best %.3f s, median %.3f s (after 2 warm-up loads)%n",
        utf8[0], utf8[rounds / 2]);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
