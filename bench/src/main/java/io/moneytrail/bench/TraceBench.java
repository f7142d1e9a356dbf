package io.moneytrail.bench;

import io.moneytrail.analysis.trace.AllocationMethod;
import io.moneytrail.analysis.trace.Direction;
import io.moneytrail.analysis.trace.TraceOptions;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.analysis.trace.TraceStart;
import io.moneytrail.analysis.trace.Tracer;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.util.Locale;

/**
 * Trace speed: forward from the busiest payer and backward from the last transaction, per method,
 * on BenchData ledgers. Reports milliseconds and the ratio to a baseline measured in the same run:
 * one pass over the index in time order touching every transaction's payer, receiver and amount
 * (the floor for any time-ordered sweep). Args: [transactions (default 1000000)] [seed].
 */
public final class TraceBench {
  private TraceBench() {}

  /**
   * @param args optional transaction count and seed
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Ledger ledger = size <= 120_000 ? BenchData.retailYear(seed).toLedger() : BenchData.large(size, seed).toLedger();
    long t0 = System.nanoTime();
    FlowGraph graph = FlowGraph.of(ledger);
    double indexMs = (System.nanoTime() - t0) / 1e6;
    TemporalIndex ix = graph.index();
    int busiest = 0;
    for (int a = 1; a < ix.accountCount(); a++) {
      if (ix.outEnd(a) - ix.outBegin(a) > ix.outEnd(busiest) - ix.outBegin(busiest)) {
        busiest = a;
      }
    }
    String account = ledger.accounts().name(busiest);
    String lastTx = ledger.txId(ix.byTime(ix.size() - 1));
    System.out.printf(Locale.ROOT, "ledger: %d transactions, %d accounts; index build %.1f ms%n", ledger.size(),
        ix.accountCount(), indexMs);
    double base = best(() -> baseline(ix));
    System.out.printf(Locale.ROOT, "baseline sweep: %.2f ms%n", base);
    for (AllocationMethod method : AllocationMethod.values()) {
      TraceOptions fwd = TraceOptions.defaults().withMethod(method).withMaxTracedTransactions(5_000_000);
      TraceOptions bwd = fwd.withDirection(Direction.BACKWARD);
      TraceResult[] last = new TraceResult[2];
      double f = best(() -> last[0] = Tracer.trace(ix, TraceStart.account(account), fwd));
      double b = best(() -> last[1] = Tracer.trace(ix, TraceStart.transaction(lastTx), bwd));
      System.out.printf(Locale.ROOT, "%-8s forward from %s: %8.1f ms (%5.1fx baseline, %d flows)   "
          + "backward from %s: %8.1f ms (%5.1fx baseline, %d flows)%n", method, account, f, f / base,
          last[0].flows().size(), lastTx, b, b / base, last[1].flows().size());
    }
  }

  private static long sink;

  private static void baseline(TemporalIndex ix) {
    long[] bal = new long[ix.accountCount()];
    for (int pos = 0; pos < ix.size(); pos++) {
      int r = ix.byTime(pos);
      bal[ix.from(r)] -= ix.amount(r);
      bal[ix.to(r)] += ix.amount(r);
    }
    sink += bal[0];
  }

  private static double best(Runnable run) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long t = System.nanoTime();
      run.run();
      best = Math.min(best, (System.nanoTime() - t) / 1e6);
    }
    return best;
  }
}
