package io.moneytrail.analysis.trace;

import io.moneytrail.analysis.trace.TraceResult.TraceFlow;
import io.moneytrail.analysis.trace.TraceResult.TracedAccount;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers shared by the trace tests. */
final class TraceFixtures {
  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  private TraceFixtures() {}

  /** @return epoch millis of T0 plus the given minutes */
  /**
   * Small random ledgers for the trace oracles: 3 to 6 accounts (so that money travels several
   * hops), ties on a grid of 20 minutes, other currencies, a few self-transfers and zero amounts.
   */
  static final io.moneytrail.ledger.RandomLedgers RANDOM = io.moneytrail.ledger.RandomLedgers.dense()
      .accounts(3, 6).transactions(5, 40).slots(20, 20, 60_000L).amountsUpTo(200).oneIn(60, 10, 30, 0)
      .startingAt(T0.toEpochMilli());

  /** @return a random ledger of {@link #RANDOM}'s shape */
  static Ledger randomLedger(java.util.SplittableRandom rnd) {
    return RANDOM.generate(rnd);
  }

  /** @return a random row paying a positive EUR amount between distinct accounts, or -1 */
  static int startRow(Ledger ledger, java.util.SplittableRandom rnd) {
    if (ledger.size() == 0) {
      return -1;
    }
    int offset = rnd.nextInt(ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      int r = (offset + i) % ledger.size();
      if (ledger.amount(r) > 0 && ledger.fromId(r) != ledger.toId(r) && ledger.currency(r).equals("EUR")) {
        return r;
      }
    }
    return -1;
  }

  static long at(int minutes) {
    return T0.toEpochMilli() + minutes * 60_000L;
  }

  static TraceResult trace(Ledger ledger, TraceStart start, TraceOptions options) {
    return Tracer.trace(FlowGraph.of(ledger), start, options);
  }

  /** @return transaction id to traced minor units */
  static Map<String, Long> flowAmounts(TraceResult r) {
    Map<String, Long> out = new TreeMap<>();
    for (TraceFlow f : r.flows()) {
      out.merge(f.transaction(), f.amount(), Long::sum);
    }
    return out;
  }

  /** @return transaction id to hop */
  static Map<String, Integer> flowHops(TraceResult r) {
    Map<String, Integer> out = new TreeMap<>();
    for (TraceFlow f : r.flows()) {
      out.put(f.transaction(), f.hop());
    }
    return out;
  }

  /** @return account to resting minor units, only non-zero */
  static Map<String, Long> resting(TraceResult r) {
    Map<String, Long> out = new TreeMap<>();
    for (TracedAccount a : r.accounts()) {
      if (a.resting() != 0) {
        out.put(a.account(), a.resting());
      }
    }
    return out;
  }
}
