package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;

/** What every finding of this package carries as evidence. */
public sealed interface PatternFinding
    permits FanFinding, ScatterGatherFinding, GatherScatterFinding, MuleFinding, StructuringFinding {

  /** @return ids of the transactions that are the evidence, sorted by time, then ledger order */
  List<String> transactions();

  /** @return time of the earliest evidence transaction */
  Instant start();

  /** @return time of the latest evidence transaction */
  Instant end();

  /**
   * The headline amount, exact, one entry per currency sorted by currency code. What is summed
   * depends on the kind and is stated by each finding type.
   *
   * @return totals per currency in minor units at the ledger's scale
   */
  List<Money> totals();

  /** @return the options of the rule that fired */
  PatternOptions options();

  /** @return the rule that fired, in words with its parameters */
  default String rule() {
    return options().describe();
  }
}
