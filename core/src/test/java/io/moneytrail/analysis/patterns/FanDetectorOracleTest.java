package io.moneytrail.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

/** Fan-out and fan-in agree exactly with a brute-force oracle on 400 seeded random ledgers each. */
class FanDetectorOracleTest {
  private static final AtomicInteger FINDINGS = new AtomicInteger();

  record Key(String account, List<String> transactions, List<String> counterparties, Instant start, Instant end,
      Map<String, Long> totals) {}

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fanOutMatchesBruteForce(long seed) {
    check(seed, Direction.SENT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fanInMatchesBruteForce(long seed) {
    check(seed, Direction.RECEIVED);
  }

  @AfterAll
  static void oracleWasNotVacuous() {
    assertTrue(FINDINGS.get() > 200, "too few findings to be a meaningful comparison: " + FINDINGS.get());
  }

  private static void check(long seed, Direction dir) {
    Ledger ledger = Oracles.random(seed);
    SplittableRandom r = new SplittableRandom(seed * 31 + 7);
    BurstOptions options = new BurstOptions(1 + r.nextInt(4), Duration.ofHours(r.nextInt(10)),
        Oracles.randomMinAmount(r));
    var index = FlowGraph.of(ledger).index();
    var result = dir == Direction.SENT ? FanDetector.fanOut(index, options) : FanDetector.fanIn(index, options);
    List<Key> fast = new ArrayList<>();
    for (FanFinding f : result.findings()) {
      assertEquals(dir, f.direction());
      fast.add(new Key(f.account(), f.transactions(), f.counterparties(), f.start(), f.end(),
          Oracles.totals(f.totals())));
    }
    Set<Key> expected = oracle(ledger, options, dir);
    assertEquals(expected, new HashSet<>(fast), "seed " + seed + " " + options);
    assertEquals(expected.size(), fast.size(), "duplicate findings, seed " + seed);
    FINDINGS.addAndGet(fast.size());
  }

  /** Every window anchored at every eligible payment, by definition, then the naive merge. */
  static Set<Key> oracle(Ledger ledger, BurstOptions o, Direction dir) {
    Set<Key> keys = new HashSet<>();
    long w = o.window().toMillis();
    for (int a = 0; a < ledger.accounts().size(); a++) {
      String acc = ledger.accounts().name(a);
      List<Integer> eligible = new ArrayList<>();
      for (int row : Oracles.rows(ledger)) {
        String self = dir == Direction.SENT ? ledger.from(row) : ledger.to(row);
        String other = dir == Direction.SENT ? ledger.to(row) : ledger.from(row);
        if (self.equals(acc) && !other.equals(acc) && Oracles.atLeast(ledger, row, o.minAmount())) {
          eligible.add(row);
        }
      }
      List<Set<Integer>> windows = new ArrayList<>();
      for (int anchor : eligible) {
        long end = ledger.epochMillis(anchor);
        Set<Integer> window = new HashSet<>();
        Set<String> parties = new HashSet<>();
        for (int row : eligible) {
          if (ledger.epochMillis(row) >= end - w && ledger.epochMillis(row) <= end) {
            window.add(row);
            parties.add(dir == Direction.SENT ? ledger.to(row) : ledger.from(row));
          }
        }
        if (parties.size() >= o.minCounterparties()) {
          windows.add(window);
        }
      }
      for (Set<Integer> g : Oracles.mergeSharing(windows)) {
        TreeSet<String> parties = new TreeSet<>();
        for (int row : g) {
          parties.add(dir == Direction.SENT ? ledger.to(row) : ledger.from(row));
        }
        keys.add(new Key(acc, Oracles.ids(ledger, g), List.copyOf(parties),
            Instant.ofEpochMilli(Oracles.minTime(ledger, g)), Instant.ofEpochMilli(Oracles.maxTime(ledger, g)),
            Oracles.totals(ledger, g)));
      }
    }
    return keys;
  }
}
