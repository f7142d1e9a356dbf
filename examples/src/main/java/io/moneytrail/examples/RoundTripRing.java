package io.moneytrail.examples;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Workshop 2: round-tripping. Money leaves an account, passes through a ring of companies, each
 * payment later than the one before, and comes back, a little less each hop ("invoices").
 */
public final class RoundTripRing {
  private RoundTripRing() {}

  /**
   * Searches time-respecting cycles of at most 6 hops within 14 days where every hop is at least
   * 1,000 and keeps at least 90 % of the previous hop.
   *
   * @param ledger the data
   * @return the cycles
   */
  public static CycleResult run(Ledger ledger) {
    CycleOptions options = CycleOptions.defaults().withMaxLength(6).withWindow(Duration.ofDays(14))
        .withMinAmount(new BigDecimal("1000")).withMaxLoss(new BigDecimal("0.10"));
    return TemporalCycles.find(FlowGraph.of(ledger), options);
  }

  /**
   * Prints the cycles.
   *
   * @param result the cycles
   * @param out where to print
   */
  public static void print(CycleResult result, PrintStream out) {
    out.println(result.count() + " round trip(s) within 14 days, hops >= 1000, loss <= 10 % a hop"
        + (result.truncated() ? " (capped)" : "") + ":");
    for (Cycle c : result.cycles()) {
      out.println("  " + String.join(" -> ", c.accounts()) + " -> " + c.accounts().get(0));
      for (int i = 0; i < c.length(); i++) {
        out.printf("     %s  %s  %s%n", c.transactions().get(i), c.amounts().get(i).toDecimalString(),
            c.amounts().get(i).currency());
      }
      out.println("     from " + c.start() + " to " + c.end() + " (" + c.duration().toDays() + " days)");
    }
  }

  /** @param args optional path of the scam-centre CSV */
  public static void main(String[] args) {
    print(run(ExampleData.load(args, "scam-centre.csv")), System.out);
  }
}
