package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.PairFlow;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One static cycle (found with {@link CycleOptions#ignoreTime()}): distinct accounts
 * {@code a1..ak} such that every pair {@code a(i) -> a(i+1)} and {@code ak -> a1} has at least one
 * transaction, regardless of time. Accounts are rotated so that the one whose key sorts first
 * ({@link String#compareTo}) comes first.
 *
 * @param accounts the k distinct account keys in cycle order
 * @param hops the aggregated transactions of each pair {@code accounts[i] -> accounts[i+1 mod k]}
 */
public record PairCycle(List<String> accounts, List<PairFlow> hops) {

  /** Copies the lists and checks that there is one hop per account. */
  public PairCycle {
    accounts = List.copyOf(accounts);
    hops = List.copyOf(hops);
    if (accounts.size() < 2 || hops.size() != accounts.size()) {
      throw new IllegalArgumentException("a cycle needs k >= 2 accounts and k hops, was "
          + accounts.size() + "/" + hops.size());
    }
  }

  /** @return the number of hops k */
  public int length() {
    return accounts.size();
  }

  /** @return the number of transactions on all hops */
  public long transactionCount() {
    return hops.stream().mapToLong(PairFlow::count).sum();
  }

  /** @return the earliest transaction time on any hop */
  public Instant first() {
    return hops.stream().map(PairFlow::first).min(Instant::compareTo).orElseThrow();
  }

  /** @return the latest transaction time on any hop */
  public Instant last() {
    return hops.stream().map(PairFlow::last).max(Instant::compareTo).orElseThrow();
  }

  /** @return the money on all hops together per currency code, in minor units */
  public SortedMap<String, Long> totals() {
    TreeMap<String, Long> t = new TreeMap<>();
    for (PairFlow h : hops) {
      h.totals().forEach((c, v) -> t.merge(c, v, Math::addExact));
    }
    return t;
  }
}
