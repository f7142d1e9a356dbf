package io.moneytrail.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceResult.TraceFlow;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A deliberately naive forward tracer (one lot per transaction in an ArrayList, no merging,
 * BigDecimal rounding, rows sorted with a comparator instead of the temporal index) must agree
 * exactly with the tracer on 300 seeded random ledgers: traced amount and hop of every transaction,
 * and resting per account.
 */
class ForwardOracleTest {

  @ParameterizedTest
  @EnumSource(value = AllocationMethod.class, names = {"FIFO", "LIFO", "HAIRCUT"})
  void tracerAgreesWithNaiveOracle(AllocationMethod method) {
    int nonTrivial = 0;
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 104729 + method.ordinal());
      Ledger ledger = TraceFixtures.randomLedger(rnd);
      int row = TraceFixtures.startRow(ledger, rnd);
      if (row < 0) {
        continue;
      }
      TraceResult r = Tracer.trace(FlowGraph.of(ledger), TraceStart.transaction(ledger.txId(row)),
          TraceOptions.defaults().withMethod(method).withMaxHops(1000));
      Oracle oracle = new Oracle(ledger, method, row);
      Map<String, Long> amounts = new TreeMap<>();
      Map<String, Integer> hops = new TreeMap<>();
      for (TraceFlow f : r.flows()) {
        amounts.put(f.transaction(), f.amount());
        hops.put(f.transaction(), f.hop());
      }
      assertEquals(oracle.amounts, amounts, "seed " + seed);
      assertEquals(oracle.hops, hops, "seed " + seed);
      assertEquals(oracle.resting, TraceFixtures.resting(r), "seed " + seed);
      if (r.flows().size() > 2) {
        nonTrivial++;
      }
    }
    assertTrue(nonTrivial > 100, "enough multi-hop cases: " + nonTrivial);
  }

  /** Naive forward trace from one transaction, no limits. */
  private static final class Oracle {
    final Map<String, Long> amounts = new TreeMap<>();
    final Map<String, Integer> hops = new TreeMap<>();
    final Map<String, Long> resting = new TreeMap<>();

    /** A lot: {total, traced, hop}. */
    Oracle(Ledger ledger, AllocationMethod method, int startRow) {
      String currency = ledger.currency(startRow);
      List<Integer> rows = new ArrayList<>(IntStream.range(0, ledger.size()).boxed().toList());
      rows.sort(Comparator.comparingLong(ledger::epochMillis).thenComparingInt(r -> r));
      Map<String, List<long[]>> pools = new HashMap<>();
      Map<String, Long> balance = new HashMap<>();
      for (int r : rows) {
        if (!ledger.currency(r).equals(currency) || ledger.amount(r) <= 0 || ledger.from(r).equals(ledger.to(r))) {
          continue;
        }
        String p = ledger.from(r);
        String q = ledger.to(r);
        long a = ledger.amount(r);
        long carried = 0;
        long hop = 0;
        if (r == startRow) {
          carried = a;
          hop = 1;
        } else if (pools.containsKey(p)) {
          List<long[]> pool = pools.get(p);
          long poolSize = pool.stream().mapToLong(l -> l[0]).sum();
          long take = Math.min(a, poolSize);
          long minHop = Long.MAX_VALUE;
          if (method == AllocationMethod.HAIRCUT) {
            long[] lot = pool.get(0);
            carried = lot[0] == 0 ? 0 : round(lot[1], take, lot[0]);
            lot[0] -= take;
            lot[1] -= carried;
            minHop = lot[2];
          } else {
            while (take > 0) {
              int i = method == AllocationMethod.FIFO ? 0 : pool.size() - 1;
              long[] lot = pool.get(i);
              long part;
              if (lot[0] <= take) {
                part = lot[1];
                take -= lot[0];
                pool.remove(i);
              } else {
                part = round(lot[1], take, lot[0]);
                lot[0] -= take;
                lot[1] -= part;
                take = 0;
              }
              if (part > 0) {
                carried += part;
                minHop = Math.min(minHop, lot[2]);
              }
            }
          }
          hop = minHop + 1;
        }
        balance.put(p, Math.max(0, balance.getOrDefault(p, 0L) - a));
        if (carried > 0) {
          amounts.put(ledger.txId(r), carried);
          hops.put(ledger.txId(r), (int) hop);
        }
        if (carried > 0 && !pools.containsKey(q)) {
          List<long[]> pool = new ArrayList<>();
          pool.add(new long[] {balance.getOrDefault(q, 0L), 0, 0});
          pools.put(q, pool);
        }
        if (pools.containsKey(q)) {
          List<long[]> pool = pools.get(q);
          if (method == AllocationMethod.HAIRCUT) {
            long[] lot = pool.get(0);
            if (carried > 0) {
              lot[2] = lot[1] == 0 ? hop : Math.min(lot[2], hop);
            }
            lot[0] += a;
            lot[1] += carried;
          } else {
            pool.add(new long[] {a, carried, hop});
          }
        }
        balance.merge(q, a, Long::sum);
      }
      for (var e : pools.entrySet()) {
        long traced = e.getValue().stream().mapToLong(l -> l[1]).sum();
        if (traced != 0) {
          resting.put(e.getKey(), traced);
        }
      }
    }

    private static long round(long part, long take, long whole) {
      return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(take))
          .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact();
    }
  }
}
