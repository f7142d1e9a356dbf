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

/**
 * Scatter-gather agrees exactly with a brute-force oracle on 400 seeded random ledgers. The oracle
 * enumerates every pair of payments as a candidate leg and anchors a window at every payment of the
 * source (not only at leg starts).
 */
class ScatterGatherDetectorOracleTest {
  private static final AtomicInteger FINDINGS = new AtomicInteger();
  private static final AtomicInteger MULTI_WINDOW = new AtomicInteger();

  record Key(String source, String sink, List<String> transactions, List<String> intermediaries, Instant start,
      Instant end, Map<String, Long> scattered, Map<String, Long> gathered) {}

  static LongStream seeds() {
    return LongStream.range(2000, 2400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scatterGatherMatchesBruteForce(long seed) {
    Ledger ledger = Oracles.random(seed);
    SplittableRandom r = new SplittableRandom(seed * 13 + 5);
    BurstOptions options = new BurstOptions(1 + r.nextInt(3), Duration.ofHours(r.nextInt(20)),
        Oracles.randomMinAmount(r));
    var result = ScatterGatherDetector.detect(FlowGraph.of(ledger).index(), options);
    List<Key> fast = new ArrayList<>();
    for (ScatterGatherFinding f : result.findings()) {
      fast.add(new Key(f.source(), f.sink(), f.transactions(), f.intermediaries(), f.start(), f.end(),
          Oracles.totals(f.totals()), Oracles.totals(f.gatheredTotals())));
    }
    Set<Key> expected = oracle(ledger, options);
    assertEquals(expected, new HashSet<>(fast), "seed " + seed + " " + options);
    assertEquals(expected.size(), fast.size(), "duplicate findings, seed " + seed);
    List<ScatterGatherFinding> sorted = new ArrayList<>(result.findings());
    sorted.sort(Comparator.comparing(ScatterGatherFinding::start).thenComparing(ScatterGatherFinding::source)
        .thenComparing(ScatterGatherFinding::sink).thenComparing(ScatterGatherFinding::end));
    assertEquals(sorted, result.findings(), "order");
    FINDINGS.addAndGet(fast.size());
  }

  @AfterAll
  static void oracleWasNotVacuous() {
    assertTrue(FINDINGS.get() > 100, "too few findings to be a meaningful comparison: " + FINDINGS.get());
    assertTrue(MULTI_WINDOW.get() > 20, "too few merged bursts: " + MULTI_WINDOW.get());
  }

  static Set<Key> oracle(Ledger ledger, BurstOptions o) {
    Set<Key> keys = new HashSet<>();
    long w = o.window().toMillis();
    List<Integer> eligible = new ArrayList<>();
    for (int row : Oracles.rows(ledger)) {
      if (!ledger.from(row).equals(ledger.to(row)) && Oracles.atLeast(ledger, row, o.minAmount())) {
        eligible.add(row);
      }
    }
    int n = ledger.accounts().size();
    for (int s = 0; s < n; s++) {
      for (int t = 0; t < n; t++) {
        if (s == t) {
          continue;
        }
        String src = ledger.accounts().name(s);
        String sink = ledger.accounts().name(t);
        List<Set<Integer>> windows = new ArrayList<>();
        for (int anchor : eligible) {
          if (!ledger.from(anchor).equals(src)) {
            continue;
          }
          long x = ledger.epochMillis(anchor);
          Set<Integer> window = new HashSet<>();
          Set<String> mids = new HashSet<>();
          for (int a : eligible) {
            for (int b : eligible) {
              String mid = ledger.to(a);
              if (ledger.from(a).equals(src) && ledger.from(b).equals(mid) && ledger.to(b).equals(sink)
                  && !mid.equals(src) && !mid.equals(sink) && x <= ledger.epochMillis(a)
                  && ledger.epochMillis(a) <= ledger.epochMillis(b) && ledger.epochMillis(b) <= x + w) {
                window.add(a);
                window.add(b);
                mids.add(mid);
              }
            }
          }
          if (mids.size() >= o.minCounterparties()) {
            windows.add(window);
          }
        }
        List<Set<Integer>> groups = Oracles.mergeSharing(windows);
        if (groups.size() < new HashSet<>(windows).size()) {
          MULTI_WINDOW.incrementAndGet();
        }
        for (Set<Integer> g : groups) {
          TreeSet<String> mids = new TreeSet<>();
          Set<Integer> scattered = new HashSet<>();
          Set<Integer> gathered = new HashSet<>();
          for (int row : g) {
            if (ledger.from(row).equals(src)) {
              mids.add(ledger.to(row));
              scattered.add(row);
            } else {
              gathered.add(row);
            }
          }
          keys.add(new Key(src, sink, Oracles.ids(ledger, g), List.copyOf(mids),
              Instant.ofEpochMilli(Oracles.minTime(ledger, g)),
              Instant.ofEpochMilli(Oracles.maxTime(ledger, g)), Oracles.totals(ledger, scattered),
              Oracles.totals(ledger, gathered)));
        }
      }
    }
    return keys;
  }
}
