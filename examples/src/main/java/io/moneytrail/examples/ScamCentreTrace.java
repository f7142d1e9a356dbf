package io.moneytrail.examples;

import io.moneytrail.analysis.trace.TraceOptions;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.analysis.trace.TraceStart;
import io.moneytrail.analysis.trace.Tracer;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.io.PrintStream;

/**
 * Workshop 1: follow one victim's payment through the scam centre's network to where the money
 * ends (FIFO allocation, forward).
 */
public final class ScamCentreTrace {
  /** The victim payment the workshop starts from: VICTIM-01 pays MULE-01 2,500 EUR ("crypto deposit"). */
  public static final String START = "TX00082";

  private ScamCentreTrace() {}

  /**
   * Traces {@link #START} forward.
   *
   * @param ledger the scam-centre ledger
   * @return the trace
   */
  public static TraceResult run(Ledger ledger) {
    return Tracer.trace(FlowGraph.of(ledger), TraceStart.transaction(START), TraceOptions.defaults());
  }

  /**
   * Prints the trace.
   *
   * @param result the trace
   * @param out where to print
   */
  public static void print(TraceResult result, PrintStream out) {
    out.println("Tracing " + START + " forward (" + result.format(result.startSummary().amount()) + " "
        + result.currency() + ", FIFO):");
    for (TraceResult.TraceFlow f : result.flows()) {
      out.printf("  hop %d  %s  %s -> %s  %s of %s%n", f.hop(), f.time(), f.from(), f.to(), result.format(f.amount()),
          result.format(f.transactionAmount()));
    }
    out.println("Where the money ends:");
    for (TraceResult.Endpoint e : result.endpoints()) {
      out.printf("  %-20s %12s  %s%n", e.account(), result.format(e.amount()), e.kind());
    }
    out.println(result.conservation().statement());
  }

  /**
   * @param args optional path of the scam-centre CSV
   */
  public static void main(String[] args) {
    print(run(ExampleData.load(args, "scam-centre.csv")), System.out);
  }
}
