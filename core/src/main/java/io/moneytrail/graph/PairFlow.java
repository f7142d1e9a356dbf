package io.moneytrail.graph;

import java.time.Instant;
import java.util.SortedMap;

/**
 * An edge of {@link FlowGraph#pairGraph()}: every transaction from one account to another,
 * aggregated.
 *
 * @param from paying account key
 * @param to receiving account key
 * @param count number of transactions
 * @param totals exact total per currency code, in minor units at the ledger's scale (sorted by code)
 * @param first time of the earliest transaction
 * @param last time of the latest transaction
 */
public record PairFlow(String from, String to, int count, SortedMap<String, Long> totals, Instant first, Instant last) {

  /** Makes the totals map unmodifiable. */
  public PairFlow {
    totals = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(totals));
  }
}
