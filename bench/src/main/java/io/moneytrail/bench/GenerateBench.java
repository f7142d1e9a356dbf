package io.moneytrail.bench;

import io.moneytrail.synth.GenerationSummary;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.ScenarioGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Throughput of {@link ScenarioGenerator}: rows per second written to a file and to a discarding
 * writer (formatting only), against a baseline in the same run: writing the same number of
 * pre-formatted, equally long lines to a file (the disk and encoder's own limit).
 *
 * <p>Arguments: {@code [rows] [accounts]}, default 5,000,000 rows and 100,000 accounts, 365 days,
 * the default typology mix.
 */
public final class GenerateBench {
  private GenerateBench() {}

  /**
   * @param args optional rows and accounts
   * @throws IOException when the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
    int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    GeneratorOptions options = GeneratorOptions.defaults().withTransactions(rows).withAccounts(accounts).withSeed(7);
    Path dir = Files.createTempDirectory("generate-bench");
    Path tx = dir.resolve("tx.csv");
    Path labels = dir.resolve("labels.csv");
    try {
      toFile(options.withTransactions(Math.min(rows, 1_000_000)), tx, labels); // warm-up
      long t0 = System.nanoTime();
      GenerationSummary summary = toFile(options, tx, labels);
      double fileSeconds = (System.nanoTime() - t0) / 1e9;
      long bytes = Files.size(tx);
      long t1 = System.nanoTime();
      new ScenarioGenerator(options).generate(Writer.nullWriter(), Writer.nullWriter());
      double formatSeconds = (System.nanoTime() - t1) / 1e9;
      String line = "T" + "0".repeat(Math.max(0, (int) (bytes / Math.max(1, summary.rows())) - 2)) + "\n";
      long t2 = System.nanoTime();
      try (Writer w = writer(tx)) {
        for (long i = 0; i < rows; i++) {
          w.write(line);
        }
      }
      double baselineSeconds = (System.nanoTime() - t2) / 1e9;
      System.out.printf("rows %,d (%,d planted), %,d bytes, accounts %,d%n", summary.rows(), summary.plantedRows(),
          bytes, accounts);
      System.out.printf("generate to file:    %.2f s = %,.0f rows/s%n", fileSeconds, rows / fileSeconds);
      System.out.printf("generate, no output: %.2f s = %,.0f rows/s%n", formatSeconds, rows / formatSeconds);
      System.out.printf("baseline (write %d-byte constant lines): %.2f s = %,.0f rows/s%n", line.length(),
          baselineSeconds, rows / baselineSeconds);
      System.out.printf("ratio generate-to-file / baseline time: %.2f%n", fileSeconds / baselineSeconds);
    } finally {
      Files.deleteIfExists(tx);
      Files.deleteIfExists(labels);
      Files.deleteIfExists(dir);
    }
  }

  private static GenerationSummary toFile(GeneratorOptions options, Path tx, Path labels) throws IOException {
    try (Writer t = writer(tx); Writer l = writer(labels)) {
      return new ScenarioGenerator(options).generate(t, l);
    }
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 20);
  }
}
