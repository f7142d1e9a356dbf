package io.moneytrail.examples;

import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Workshop 3: smurfing / structuring. Cash deposits kept just under a 10,000 reporting threshold,
 * made on consecutive days into one collector.
 */
public final class StructuringCollector {
  private StructuringCollector() {}

  /**
   * Finds at least 3 payments in [9,000, 10,000) by one sender or into one receiver within 7 days.
   *
   * @param ledger the data
   * @return the findings
   */
  public static DetectorResult<StructuringFinding> run(Ledger ledger) {
    StructuringOptions options = StructuringOptions.defaults().withThreshold(new BigDecimal("10000"))
        .withMargin(new BigDecimal("0.10")).withMinCount(3).withWindow(Duration.ofDays(7));
    return StructuringDetector.detect(FlowGraph.of(ledger).index(), options);
  }

  /**
   * Prints the findings.
   *
   * @param result the findings
   * @param out where to print
   */
  public static void print(DetectorResult<StructuringFinding> result, PrintStream out) {
    out.println("rule: " + result.detector().rule(result.options()));
    for (StructuringFinding f : result.findings()) {
      out.printf("  %s %s: %d payments %s .. %s, counterparties %s, total %s%n", f.account(), f.direction(),
          f.transactions().size(), f.start(), f.end(), f.counterparties(),
          f.totals().stream().map(m -> m.toDecimalString() + " " + m.currency()).toList());
      out.println("    transactions " + f.transactions());
    }
  }

  /** @param args optional path of the scam-centre CSV */
  public static void main(String[] args) {
    print(run(ExampleData.load(args, "scam-centre.csv")), System.out);
  }

}
