package io.moneytrail.graph;

import io.moneytrail.ledger.Ledger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The money-flow graph of a ledger, in three views:
 *
 * <ul>
 *   <li>{@link #index()}: the compact temporal index the analyses run on;
 *   <li>{@link #multigraph()}: a JGraphT directed pseudograph with one edge per transaction
 *       (self-transfers are loops), for any JGraphT algorithm;
 *   <li>{@link #pairGraph()}: one edge per ordered account pair, with totals per currency, count,
 *       first and last time.
 * </ul>
 *
 * Vertices of the JGraphT views are the account keys. The JGraphT views are built on first use and
 * are unmodifiable. Edge weights are there for JGraphT algorithms only: the transaction amount in
 * minor units as a {@code double} in the multigraph (exact up to 2^53), the transaction count in the
 * pair graph; exact money is on the edge objects. Thread-safe.
 */
public final class FlowGraph {
  private final Ledger ledger;
  private final TemporalIndex index;
  private Graph<String, TransactionEdge> multigraph;
  private Graph<String, PairFlow> pairGraph;
  private List<PairFlow> pairs;

  private FlowGraph(Ledger ledger) {
    this.ledger = ledger;
    this.index = new TemporalIndex(ledger);
  }

  /**
   * Builds the graph of a ledger (the temporal index now, the JGraphT views on first use).
   *
   * @param ledger the loaded transactions
   * @return the graph
   */
  public static FlowGraph of(Ledger ledger) {
    return new FlowGraph(ledger);
  }

  /** @return the ledger */
  public Ledger ledger() {
    return ledger;
  }

  /** @return the compact temporal index */
  public TemporalIndex index() {
    return index;
  }

  /** @return the per-transaction multigraph (unmodifiable) */
  public synchronized Graph<String, TransactionEdge> multigraph() {
    if (multigraph == null) {
      Graph<String, TransactionEdge> g = GraphTypeBuilder.<String, TransactionEdge>directed()
          .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
          .edgeClass(TransactionEdge.class).buildGraph();
      addVertices(g);
      for (int row = 0; row < ledger.size(); row++) {
        TransactionEdge e = new TransactionEdge(row, ledger.txId(row), ledger.timestamp(row), ledger.money(row));
        g.addEdge(ledger.from(row), ledger.to(row), e);
        g.setEdgeWeight(e, ledger.amount(row));
      }
      multigraph = new org.jgrapht.graph.AsUnmodifiableGraph<>(g);
    }
    return multigraph;
  }

  /** @return the aggregated pair graph (unmodifiable) */
  public synchronized Graph<String, PairFlow> pairGraph() {
    if (pairGraph == null) {
      Graph<String, PairFlow> g = new DirectedWeightedPseudograph<>(PairFlow.class);
      addVertices(g);
      for (PairFlow p : pairs()) {
        g.addEdge(p.from(), p.to(), p);
        g.setEdgeWeight(p, p.count());
      }
      pairGraph = new org.jgrapht.graph.AsUnmodifiableGraph<>(g);
    }
    return pairGraph;
  }

  /** @return every account pair with money flowing, sorted by payer id then receiver id */
  public synchronized List<PairFlow> pairs() {
    if (pairs == null) {
      List<PairFlow> result = new ArrayList<>();
      for (int a = 0; a < index.accountCount(); a++) {
        Map<Integer, Accumulator> byReceiver = new HashMap<>();
        List<Integer> receivers = new ArrayList<>();
        for (int p = index.outBegin(a); p < index.outEnd(a); p++) {
          int row = index.outAt(p);
          Accumulator acc = byReceiver.get(index.to(row));
          if (acc == null) {
            acc = new Accumulator();
            byReceiver.put(index.to(row), acc);
            receivers.add(index.to(row));
          }
          acc.add(row);
        }
        receivers.sort(null);
        for (int b : receivers) {
          Accumulator acc = byReceiver.get(b);
          result.add(new PairFlow(ledger.accounts().name(a), ledger.accounts().name(b), acc.count, acc.totals,
              Instant.ofEpochMilli(acc.first), Instant.ofEpochMilli(acc.last)));
        }
      }
      pairs = List.copyOf(result);
    }
    return pairs;
  }

  private void addVertices(Graph<String, ?> g) {
    for (int a = 0; a < ledger.accounts().size(); a++) {
      g.addVertex(ledger.accounts().name(a));
    }
  }

  private final class Accumulator {
    int count;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final TreeMap<String, Long> totals = new TreeMap<>();

    void add(int row) {
      count++;
      first = Math.min(first, index.time(row));
      last = Math.max(last, index.time(row));
      totals.merge(ledger.currency(row), index.amount(row), Math::addExact);
    }
  }
}
