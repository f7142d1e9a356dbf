package io.moneytrail.bench;

import io.moneytrail.synth.GenerationSummary;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.GeneratorOptions.Planting;
import io.moneytrail.synth.ScenarioGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Throughput of {@link ScenarioGenerator} in both planting modes: rows per second written to a
 * file, to a discarding writer (formatting only) and, for embedded planting, with the benign
 * look-alike file too, against a baseline in the same run: writing the same number of
 * pre-formatted lines as long as the embedded file's to a file (the disk and encoder's own limit).
 * Each is measured three times, interleaved with the others, and the best time is reported.
 *
 * <p>Arguments: {@code [rows] [accounts]}, default 5,000,000 rows and 100,000 accounts, 365 days,
 * the default typology mix.
 */
public final class GenerateBench {
  private static final int ROUNDS = 3;

  private GenerateBench() {}

  /**
   * @param args optional rows and accounts
   * @throws IOException when the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
    int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    GeneratorOptions embedded = GeneratorOptions.defaults().withTransactions(rows).withAccounts(accounts).withSeed(7);
    GeneratorOptions isolated = embedded.withPlanting(Planting.ISOLATED);
    Path dir = Files.createTempDirectory("generate-bench");
    Path tx = dir.resolve("tx.csv");
    Path labels = dir.resolve("labels.csv");
    Path benign = dir.resolve("benign.csv");
    try {
      toFile(embedded.withTransactions(Math.min(rows, 1_000_000)), tx, labels, null); // warm-up
      toFile(isolated.withTransactions(Math.min(rows, 1_000_000)), tx, labels, null);
      double[] best = new double[6];
      Arrays.fill(best, Double.MAX_VALUE);
      GenerationSummary summary = null;
      GenerationSummary isolatedSummary = null;
      long bytes = 0;
      long benignBytes = 0;
      long isolatedBytes = 0;
      String line = null;
      // every measurement ROUNDS times, interleaved, best kept: the machine may be shared
      for (int round = 0; round < ROUNDS; round++) {
        long t0 = System.nanoTime();
        summary = toFile(embedded, tx, labels, null);
        best[0] = Math.min(best[0], seconds(t0));
        bytes = Files.size(tx);
        t0 = System.nanoTime();
        isolatedSummary = toFile(isolated, tx, labels, null);
        best[1] = Math.min(best[1], seconds(t0));
        isolatedBytes = Files.size(tx);
        t0 = System.nanoTime();
        toFile(embedded, tx, labels, benign);
        best[2] = Math.min(best[2], seconds(t0));
        benignBytes = Files.size(benign);
        t0 = System.nanoTime();
        new ScenarioGenerator(embedded).generate(Writer.nullWriter(), Writer.nullWriter());
        best[3] = Math.min(best[3], seconds(t0));
        t0 = System.nanoTime();
        new ScenarioGenerator(isolated).generate(Writer.nullWriter(), Writer.nullWriter());
        best[4] = Math.min(best[4], seconds(t0));
        line = "T" + "0".repeat(Math.max(0, (int) (bytes / Math.max(1, summary.rows())) - 2)) + "\n";
        t0 = System.nanoTime();
        try (Writer w = writer(tx)) {
          for (long i = 0; i < rows; i++) {
            w.write(line);
          }
        }
        best[5] = Math.min(best[5], seconds(t0));
      }
      System.out.printf("rows %,d, accounts %,d; embedded: %,d planted, %,d bytes (benign file %,d bytes, %,d rows); "
          + "isolated: %,d planted, %,d bytes; best of %d rounds%n", summary.rows(), accounts, summary.plantedRows(),
          bytes, benignBytes, summary.benignRowTotal(), isolatedSummary.plantedRows(), isolatedBytes, ROUNDS);
      print("embedded, to file:            ", best[0], rows);
      print("embedded, no output:          ", best[3], rows);
      print("embedded, to file with benign:", best[2], rows);
      print("isolated, to file:            ", best[1], rows);
      print("isolated, no output:          ", best[4], rows);
      print("baseline (write " + line.length() + "-byte constant lines):", best[5], rows);
      System.out.printf("ratio to baseline time: embedded %.2f, embedded with benign %.2f, isolated %.2f%n",
          best[0] / best[5], best[2] / best[5], best[1] / best[5]);
      System.out.printf("time per row, embedded / isolated: to file %.2f, no output %.2f%n",
          best[0] / best[1], best[3] / best[4]);
    } finally {
      Files.deleteIfExists(tx);
      Files.deleteIfExists(labels);
      Files.deleteIfExists(benign);
      Files.deleteIfExists(dir);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String what, double seconds, long rows) {
    System.out.printf("%s %.2f s = %,.0f rows/s%n", what, seconds, rows / seconds);
  }

  private static GenerationSummary toFile(GeneratorOptions options, Path tx, Path labels, Path benign)
      throws IOException {
    try (Writer t = writer(tx); Writer l = writer(labels)) {
      if (benign == null) {
        return new ScenarioGenerator(options).generate(t, l);
      }
      try (Writer b = writer(benign)) {
        return new ScenarioGenerator(options).generate(t, l, b);
      }
    }
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 20);
  }
}
