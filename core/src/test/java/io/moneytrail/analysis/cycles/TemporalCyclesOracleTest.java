package io.moneytrail.analysis.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast search agrees exactly with the brute force on 400 random small ledgers, many options each. */
class TemporalCyclesOracleTest {
  /** Amounts from a small set, so that the ratio rules bite at their boundaries. */
  static final long[] AMOUNTS = {10_000, 9_000, 8_000, 9_500, 10_000, 12_000, 50, 100_000, 8_500};
  /**
   * Few accounts (many parallel transactions and cycles), a coarse time grid (many ties), some
   * self-transfers, a second currency, and sometimes repeated ids out of ledger order.
   */
  static final io.moneytrail.ledger.RandomLedgers SMALL = io.moneytrail.ledger.RandomLedgers.dense().accounts(3, 6)
      .transactions(4, 25).slots(1, 24, io.moneytrail.ledger.RandomLedgers.HOUR).amountsFrom(AMOUNTS).oneIn(10, 6, 0, 3);


  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Fixed option sets every seed runs, covering each rule alone and together. */
  static List<CycleOptions> fixedOptions() {
    CycleOptions d = CycleOptions.defaults().withThreads(1);
    return List.of(
        d,
        d.withStrictTime(true),
        d.withMaxLength(2),
        d.withMaxLength(3).withWindow(Duration.ofHours(2)),
        d.withWindow(Duration.ZERO),
        d.withMinAmount(new BigDecimal("95")),
        d.withMaxLoss(new BigDecimal("0.1")),
        d.withMaxGain(BigDecimal.ZERO),
        d.withMaxLoss(new BigDecimal("0.15")).withMaxGain(new BigDecimal("0.2")).withMinAmount(new BigDecimal("80.00")),
        d.withMaxResults(1),
        d.withMaxResults(3).withThreads(2));
  }

  static CycleOptions randomOptions(SplittableRandom r) {
    CycleOptions o = CycleOptions.defaults()
        .withMaxLength(2 + r.nextInt(5))
        .withWindow(Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : r.nextInt(30 * 60)))
        .withStrictTime(r.nextBoolean())
        .withMaxResults(1 + r.nextInt(r.nextBoolean() ? 4 : 1000))
        .withThreads(1 + r.nextInt(3));
    if (r.nextInt(3) == 0) {
      o = o.withMinAmount(BigDecimal.valueOf(r.nextInt(12_000), 2));
    }
    if (r.nextInt(3) == 0) {
      o = o.withMaxLoss(BigDecimal.valueOf(r.nextInt(30), 2));
    }
    if (r.nextInt(3) == 0) {
      o = o.withMaxGain(BigDecimal.valueOf(r.nextInt(30), 2));
    }
    return o;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fastSearchEqualsBruteForceForEveryOptionSet(long seed) {
    Ledger ledger = SMALL.generate(seed);
    TemporalIndex index = FlowGraph.of(ledger).index();
    List<List<Integer>> paths = BruteForceCycles.closedPaths(ledger, 6);
    SplittableRandom r = new SplittableRandom(seed * 31 + 7);
    List<CycleOptions> all = new ArrayList<>(fixedOptions());
    for (int i = 0; i < 6; i++) {
      all.add(randomOptions(r));
    }
    for (CycleOptions options : all) {
      BruteForceCycles.Expected expected = new BruteForceCycles(ledger, options).temporal(paths);
      int chunk = 1 + r.nextInt(4);
      CycleResult actual = TemporalCycles.find(index, options, chunk, r.nextInt(3) == 0 ? 0 : r.nextInt(2) == 0 ? 3 : Long.MAX_VALUE);
      List<List<Integer>> rows = actual.cycles().stream().<List<Integer>>map(Cycle::rows).toList();
      assertEquals(expected.cycles(), rows, () -> "seed " + seed + " options " + options + " chunk " + chunk);
      assertEquals(expected.truncated(), actual.truncated(), () -> "truncated, seed " + seed + " options " + options);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void staticModeEqualsBruteForce(long seed) {
    Ledger ledger = SMALL.generate(seed);
    SplittableRandom r = new SplittableRandom(seed);
    CycleOptions options = CycleOptions.defaults().withIgnoreTime(true).withMaxLength(2 + r.nextInt(5))
        .withMaxResults(r.nextBoolean() ? 1 + r.nextInt(5) : 100_000);
    BruteForceCycles.ExpectedStatic expected = new BruteForceCycles(ledger, options).staticCycles();
    CycleResult actual = TemporalCycles.find(FlowGraph.of(ledger), options);
    assertEquals(expected.cycles(), actual.pairCycles().stream().map(PairCycle::accounts).toList(),
        () -> "seed " + seed + " options " + options);
    assertEquals(expected.truncated(), actual.truncated());
  }
}
