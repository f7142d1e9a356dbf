package io.moneytrail.spark;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.ScenarioGenerator;
import io.moneytrail.synth.Typology;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

/**
 * One input of the engine contract: CSV files, how to read them, the options of every analysis and
 * (for Spark) an optional fixed cycle bucket length.
 *
 * @param name what the fixture is, for test names
 * @param files the CSV files, in ledger order
 * @param ingest how to read them
 * @param settings the options of every analysis
 * @param bucketLength a cycle bucket length in milliseconds to force on Spark, or empty for its own
 */
record Fixture(String name, List<Path> files, IngestOptions ingest, AnalysisSettings settings, OptionalLong bucketLength) {

  @Override
  public String toString() {
    return name;
  }

  /**
   * The seeded fixture generator: a synthetic ledger of a few thousand transactions with planted
   * patterns of every typology (core's {@link ScenarioGenerator}), made harder with equal
   * timestamps, self-transfers, parallel payments, bad rows, a second currency and a second file,
   * and read with options drawn from the same seed.
   *
   * @param seed the seed; the same seed gives the same files and options
   * @param dir where to write the files
   */
  static Fixture generated(long seed, Path dir) {
    Random r = new Random(seed * 7919 + 13);
    Map<Typology, Integer> planted = new EnumMap<>(Typology.class);
    for (Typology t : Typology.values()) {
      planted.put(t, 1 + r.nextInt(2));
    }
    int days = 20 + r.nextInt(25);
    long transactions = 2500 + r.nextInt(2000);
    List<String> currencies = seed % 3 == 0 ? List.of("EUR", "USD") : List.of("EUR");
    GeneratorOptions g = new GeneratorOptions(450 + r.nextInt(150), days, transactions, seed, planted,
        Instant.parse("2025-01-01T00:00:00Z"), currencies);
    StringWriter csv = new StringWriter();
    new ScenarioGenerator(g).generate(csv, Writer.nullWriter());
    List<String> lines = new ArrayList<>(csv.toString().lines().toList());
    String header = lines.remove(0);
    List<String> rows = harden(lines, r);
    List<Path> files = new ArrayList<>();
    if (seed % 2 == 0) {
      int cut = rows.size() / 3 + r.nextInt(rows.size() / 3);
      files.add(write(dir.resolve("seed-" + seed + "-a.csv"), header, rows.subList(0, cut)));
      files.add(write(dir.resolve("seed-" + seed + "-b.csv"), header, rows.subList(cut, rows.size())));
    } else {
      files.add(write(dir.resolve("seed-" + seed + ".csv"), header, rows));
    }
    OptionalLong bucket = seed % 4 == 1 ? OptionalLong.of(Duration.ofHours(6 + r.nextInt(48)).toMillis())
        : OptionalLong.empty();
    return new Fixture("seed " + seed, files, IngestOptions.defaults(), settings(r), bucket);
  }

  /** Equal timestamps, repeated payments, self-transfers and rows core rejects. */
  private static List<String> harden(List<String> lines, Random r) {
    List<String> out = new ArrayList<>(lines.size() + 64);
    String previousTime = null;
    int extra = 0;
    for (String line : lines) {
      String[] c = line.split(",", -1);
      if (previousTime != null && r.nextInt(40) == 0) {
        c[1] = previousTime; // the same second as the row before
      }
      out.add(String.join(",", c));
      if (r.nextInt(150) == 0) {
        out.add("X" + extra++ + "," + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + "," + c[5]); // parallel payment
      }
      if (r.nextInt(300) == 0) {
        out.add("X" + extra++ + "," + c[1] + "," + c[2] + "," + c[2] + "," + c[4] + "," + c[5]); // self-transfer
      }
      if (r.nextInt(400) == 0) {
        out.add(switch (r.nextInt(4)) {
          case 0 -> "X" + extra++ + "," + c[1] + "," + c[2] + "," + c[3] + ",-5.00," + c[5];
          case 1 -> "X" + extra++ + ",2025-02-30T10:00:00Z," + c[2] + "," + c[3] + "," + c[4] + "," + c[5];
          case 2 -> "X" + extra++ + "," + c[1] + "," + c[2] + "," + c[3];
          default -> "X" + extra++ + "," + c[1] + ",," + c[3] + "," + c[4] + "," + c[5];
        });
      }
      previousTime = c[1];
    }
    return out;
  }

  private static AnalysisSettings settings(Random r) {
    Duration[] fanWindows = {Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7)};
    Duration[] longWindows = {Duration.ofDays(5), Duration.ofDays(14), Duration.ofDays(30)};
    BigDecimal[] minAmounts = {BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("25.00"), new BigDecimal("100")};
    CycleOptions cycles = CycleOptions.defaults().withMaxLength(3 + r.nextInt(4))
        .withWindow(Duration.ofDays(2 + r.nextInt(20))).withStrictTime(r.nextBoolean());
    switch (r.nextInt(4)) {
      case 0 -> cycles = cycles.withMaxLoss(new BigDecimal("0.2"));
      case 1 -> cycles = cycles.withMinAmount(new BigDecimal("100")).withMaxGain(new BigDecimal("0.05"));
      default -> { }
    }
    if (r.nextInt(3) == 0) {
      cycles = cycles.withMaxResults(1 + r.nextInt(3));
    }
    return AnalysisSettings.defaults()
        .with(Detector.CYCLES, cycles)
        .with(Detector.FAN_OUT, new BurstOptions(3 + r.nextInt(4), fanWindows[r.nextInt(3)], minAmounts[r.nextInt(4)]))
        .with(Detector.FAN_IN, new BurstOptions(3 + r.nextInt(4), fanWindows[r.nextInt(3)], minAmounts[r.nextInt(4)]))
        .with(Detector.SCATTER_GATHER, new BurstOptions(2 + r.nextInt(3), longWindows[r.nextInt(3)], minAmounts[r.nextInt(4)]))
        .with(Detector.GATHER_SCATTER, new BurstOptions(2 + r.nextInt(3), longWindows[r.nextInt(3)], minAmounts[r.nextInt(4)]))
        .with(Detector.MULES, new MuleOptions(new BigDecimal(new String[] {"0.5", "0.8", "0.9"}[r.nextInt(3)]),
            Duration.ofHours(24 + 24 * r.nextInt(3)), 1 + r.nextInt(3), minAmounts[r.nextInt(4)]))
        .with(Detector.STRUCTURING, StructuringOptions.defaults().withMinCount(2 + r.nextInt(2)));
  }

  private static Path write(Path file, String header, List<String> rows) {
    StringBuilder s = new StringBuilder(header).append('\n');
    rows.forEach(row -> s.append(row).append('\n'));
    try {
      return Files.writeString(file, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
