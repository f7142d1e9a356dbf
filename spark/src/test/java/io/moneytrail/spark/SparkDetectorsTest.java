package io.moneytrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cycles split over time buckets: boundaries, the window's end, equal times and the result cap. */
class SparkDetectorsTest {
  private static final long T0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000L;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<String> core(Ledger ledger, CycleOptions o, boolean[] truncated) {
    CycleResult r = TemporalCycles.find(FlowGraph.of(ledger), o);
    truncated[0] = r.truncated();
    List<String> json = new ArrayList<>();
    for (Cycle c : r.cycles()) {
      json.add(CoreEngine.json(c.toJsonTree()));
    }
    return json;
  }

  private static SparkFindings spark(Ledger ledger, CycleOptions o, long bucket) {
    return SparkDetectors.run(SparkLedger.of(spark, ledger), List.of(Detector.CYCLES),
        AnalysisSettings.defaults().with(Detector.CYCLES, o), OptionalLong.of(bucket)).get(Detector.CYCLES);
  }

  /** Bucket length = window = 1 h, buckets start at T0: cycles that start or end exactly on a boundary. */
  private static Ledger boundaries() {
    return Ledger.builder()
        .add("a1", T0, "A", "B", 100, "EUR").add("a2", T0 + HOUR, "B", "A", 100, "EUR") // span exactly the window
        .add("c1", T0 + HOUR, "C", "D", 100, "EUR").add("c2", T0 + HOUR + HOUR / 2, "D", "E", 100, "EUR")
        .add("c3", T0 + 2 * HOUR, "E", "C", 100, "EUR") // starts on bucket 1's first millisecond
        .add("f1", T0 + 2 * HOUR - 1, "F", "G", 100, "EUR").add("f2", T0 + 3 * HOUR - 1, "G", "F", 100, "EUR")
        .add("h1", T0 + 3 * HOUR, "H", "I", 100, "EUR").add("h2", T0 + 4 * HOUR + 1, "I", "H", 100, "EUR") // 1 ms late
        .add("j1", T0 + 4 * HOUR, "J", "K", 100, "EUR").add("j2", T0 + 4 * HOUR, "K", "J", 100, "EUR") // equal times
        .add("k1", T0 + 5 * HOUR + 7, "K", "L", 100, "EUR").add("k2", T0 + 5 * HOUR + 7, "L", "M", 100, "EUR")
        .add("k3", T0 + 5 * HOUR + 7, "M", "K", 100, "EUR")
        .build();
  }

  @Test
  void cyclesOnBucketBoundariesAreFoundOnceAsInCore() {
    CycleOptions o = CycleOptions.defaults().withWindow(Duration.ofHours(1));
    boolean[] truncated = new boolean[1];
    List<String> expected = core(boundaries(), o, truncated);
    assertEquals(5, expected.size(), expected.toString());
    for (long bucket : new long[] {HOUR, HOUR / 3, HOUR / 2 + 1, 10 * HOUR}) {
      assertEquals(expected, spark(boundaries(), o, bucket).findings(), "bucket length " + bucket);
    }
    CycleOptions strict = o.withStrictTime(true);
    List<String> strictExpected = core(boundaries(), strict, truncated);
    assertEquals(3, strictExpected.size(), strictExpected.toString());
    assertEquals(strictExpected, spark(boundaries(), strict, HOUR).findings());
  }

  @Test
  void theResultCapKeepsExactlyCoresFirstCyclesAndSaysWhenItCut() {
    Random r = new Random(42);
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < 600; i++) {
      int from = r.nextInt(25);
      int to = (from + 1 + r.nextInt(24)) % 25;
      b.add("t" + i, T0 + r.nextInt(240) * HOUR / 4, "acct" + from, "acct" + to, 100 + r.nextInt(50), "EUR");
    }
    Ledger ledger = b.build();
    CycleOptions o = CycleOptions.defaults().withMaxLength(3).withWindow(Duration.ofHours(12));
    boolean[] truncated = new boolean[1];
    int all = core(ledger, o, truncated).size();
    assertTrue(all > 20, "cycles: " + all);
    assertFalse(truncated[0]);
    for (int cap : new int[] {1, all - 1, all, all + 1}) {
      CycleOptions capped = o.withMaxResults(cap);
      List<String> expected = core(ledger, capped, truncated);
      for (long bucket : new long[] {6 * HOUR, 100 * HOUR}) {
        SparkFindings f = spark(ledger, capped, bucket);
        assertEquals(expected, f.findings(), "cap " + cap + ", bucket " + bucket);
        assertEquals(truncated[0], f.truncated(), "cap " + cap + ", bucket " + bucket);
      }
    }
  }

  @Test
  void staticCyclesAreRefusedRatherThanAnsweredDifferently() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkDetectors.run(SparkLedger.of(spark, boundaries()), Detector.CYCLES,
            CycleOptions.defaults().withIgnoreTime(true)));
    assertTrue(e.getMessage().contains("static cycles are not available on Spark"), e.getMessage());
  }

  @Test
  void anEmptyLedgerHasNoFindings() {
    SparkLedger empty = SparkLedger.of(spark, Ledger.builder().build());
    SparkDetectors.runAll(empty, AnalysisSettings.defaults()).values()
        .forEach(f -> assertEquals(0, f.count(), f.detector().id()));
  }
}
