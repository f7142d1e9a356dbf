package io.moneytrail.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Gather-scatter agrees exactly with a brute-force oracle on 400 seeded random ledgers. */
class GatherScatterDetectorOracleTest {
  private static final AtomicInteger FINDINGS = new AtomicInteger();

  record Key(String hub, List<String> transactions, List<String> sources, List<String> sinks, Instant start,
      Instant end, Map<String, Long> gathered, Map<String, Long> scattered) {}

  static LongStream seeds() {
    return LongStream.range(1000, 1400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gatherScatterMatchesBruteForce(long seed) {
    Ledger ledger = Oracles.random(seed);
    SplittableRandom r = new SplittableRandom(seed * 17 + 3);
    BurstOptions options = new BurstOptions(1 + r.nextInt(3), Duration.ofHours(r.nextInt(15)),
        Oracles.randomMinAmount(r));
    var result = GatherScatterDetector.detect(FlowGraph.of(ledger).index(), options);
    List<Key> fast = new ArrayList<>();
    for (GatherScatterFinding f : result.findings()) {
      fast.add(new Key(f.hub(), f.transactions(), f.sources(), f.sinks(), f.start(), f.end(),
          Oracles.totals(f.totals()), Oracles.totals(f.scatteredTotals())));
    }
    Set<Key> expected = oracle(ledger, options);
    assertEquals(expected, new HashSet<>(fast), "seed " + seed + " " + options);
    assertEquals(expected.size(), fast.size(), "duplicate findings, seed " + seed);
    List<GatherScatterFinding> sorted = new ArrayList<>(result.findings());
    sorted.sort(Comparator.comparing(GatherScatterFinding::start).thenComparing(GatherScatterFinding::hub)
        .thenComparing(GatherScatterFinding::end));
    assertEquals(sorted, result.findings(), "order");
    FINDINGS.addAndGet(fast.size());
  }

  @AfterAll
  static void oracleWasNotVacuous() {
    assertTrue(FINDINGS.get() > 100, "too few findings to be a meaningful comparison: " + FINDINGS.get());
  }

  static Set<Key> oracle(Ledger ledger, BurstOptions o) {
    Set<Key> keys = new HashSet<>();
    long w = o.window().toMillis();
    for (int h = 0; h < ledger.accounts().size(); h++) {
      String hub = ledger.accounts().name(h);
      List<Integer> in = new ArrayList<>();
      List<Integer> out = new ArrayList<>();
      for (int row : Oracles.rows(ledger)) {
        if (ledger.from(row).equals(ledger.to(row)) || !Oracles.atLeast(ledger, row, o.minAmount())) {
          continue;
        }
        if (ledger.to(row).equals(hub)) {
          in.add(row);
        } else if (ledger.from(row).equals(hub)) {
          out.add(row);
        }
      }
      List<Set<Integer>> windows = new ArrayList<>();
      for (int anchor : in) {
        long x = ledger.epochMillis(anchor);
        Set<Integer> window = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Set<String> sinks = new HashSet<>();
        for (int row : in) {
          if (ledger.epochMillis(row) >= x && ledger.epochMillis(row) <= x + w) {
            window.add(row);
            sources.add(ledger.from(row));
          }
        }
        for (int row : out) {
          if (ledger.epochMillis(row) >= x && ledger.epochMillis(row) <= x + w) {
            window.add(row);
            sinks.add(ledger.to(row));
          }
        }
        if (sources.size() >= o.minCounterparties() && sinks.size() >= o.minCounterparties()) {
          windows.add(window);
        }
      }
      for (Set<Integer> g : Oracles.mergeSharing(windows)) {
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> sinks = new TreeSet<>();
        Set<Integer> ins = new HashSet<>();
        Set<Integer> outs = new HashSet<>();
        for (int row : g) {
          if (ledger.to(row).equals(hub)) {
            sources.add(ledger.from(row));
            ins.add(row);
          } else {
            sinks.add(ledger.to(row));
            outs.add(row);
          }
        }
        keys.add(new Key(hub, Oracles.ids(ledger, g), List.copyOf(sources), List.copyOf(sinks),
            Instant.ofEpochMilli(Oracles.minTime(ledger, g)), Instant.ofEpochMilli(Oracles.maxTime(ledger, g)),
            Oracles.totals(ledger, ins), Oracles.totals(ledger, outs)));
      }
    }
    return keys;
  }
}
