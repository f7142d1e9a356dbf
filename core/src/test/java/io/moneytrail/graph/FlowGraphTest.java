package io.moneytrail.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ledger.Ledger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowGraphTest {
  static Ledger randomLedger(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Ledger.Builder b = Ledger.builder();
    int accounts = r.nextInt(2, 12);
    int rows = r.nextInt(0, 80);
    for (int i = 0; i < rows; i++) {
      b.add("T" + i, 1_700_000_000_000L + r.nextInt(0, 20) * 3_600_000L, "A" + r.nextInt(accounts), "A" + r.nextInt(accounts),
          r.nextLong(1, 100_000), r.nextBoolean() ? "EUR" : "USD");
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void viewsAgreeWithTheLedger(long seed) {
    Ledger l = randomLedger(seed);
    FlowGraph g = FlowGraph.of(l);
    Graph<String, TransactionEdge> multi = g.multigraph();
    assertEquals(l.size(), multi.edgeSet().size(), "one edge per transaction, self-transfers included");
    assertEquals(l.accounts().size(), multi.vertexSet().size());

    Map<String, Map<String, Long>> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int row = 0; row < l.size(); row++) {
      String key = l.from(row) + ">" + l.to(row);
      sums.computeIfAbsent(key, k -> new HashMap<>()).merge(l.currency(row), l.amount(row), Long::sum);
      counts.merge(key, 1, Integer::sum);
    }
    assertEquals(sums.size(), g.pairs().size());
    assertEquals(sums.size(), g.pairGraph().edgeSet().size());
    for (PairFlow p : g.pairs()) {
      String key = p.from() + ">" + p.to();
      assertEquals(sums.get(key), Map.copyOf(p.totals()), key);
      assertEquals(counts.get(key), p.count());
      assertTrue(!p.first().isAfter(p.last()));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
  void temporalIndexListsEveryTransactionOnceInTimeThenLedgerOrder(long seed) {
    Ledger l = randomLedger(seed);
    TemporalIndex ix = FlowGraph.of(l).index();
    int seenOut = 0;
    int seenIn = 0;
    for (int a = 0; a < ix.accountCount(); a++) {
      for (int p = ix.outBegin(a); p < ix.outEnd(a); p++) {
        int row = ix.outAt(p);
        assertEquals(a, ix.from(row));
        if (p > ix.outBegin(a)) {
          int prev = ix.outAt(p - 1);
          assertTrue(ix.time(prev) < ix.time(row) || (ix.time(prev) == ix.time(row) && prev < row));
        }
        seenOut++;
      }
      for (int p = ix.inBegin(a); p < ix.inEnd(a); p++) {
        assertEquals(a, ix.to(ix.inAt(p)));
        seenIn++;
      }
      long t = 1_700_000_000_000L + 5 * 3_600_000L;
      int first = ix.firstOutAtOrAfter(a, t);
      for (int p = ix.outBegin(a); p < ix.outEnd(a); p++) {
        assertEquals(p >= first, ix.time(ix.outAt(p)) >= t);
      }
    }
    assertEquals(l.size(), seenOut);
    assertEquals(l.size(), seenIn);
    for (int p = 1; p < ix.size(); p++) {
      int prev = ix.byTime(p - 1);
      int row = ix.byTime(p);
      assertTrue(ix.time(prev) < ix.time(row) || (ix.time(prev) == ix.time(row) && prev < row));
    }
  }

  @Test
  void multigraphKeepsParallelTransactionsAndSelfLoops() {
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    Ledger l = Ledger.builder().add("1", t, "A", "B", 100, "EUR").add("2", t, "A", "B", 100, "EUR")
        .add("3", t, "B", "B", 5, "EUR").build();
    FlowGraph g = FlowGraph.of(l);
    assertEquals(2, g.multigraph().getAllEdges("A", "B").size());
    assertEquals(1, g.multigraph().getAllEdges("B", "B").size());
    assertEquals(List.of(200L), List.copyOf(g.pairGraph().getEdge("A", "B").totals().values()));
    assertEquals(2, g.pairGraph().getEdge("A", "B").count());
  }
}
