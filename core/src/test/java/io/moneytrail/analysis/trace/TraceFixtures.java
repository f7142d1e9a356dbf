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
