package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  /** @return which kind of finding this is */
  PatternKind kind();

  /**
   * The finding as a JSON-ready tree (insertion-ordered maps, lists, strings, numbers), the
   * machine-readable contract of the CLI's {@code --json}. Every kind has {@code kind},
   * {@code transactions} (ids), {@code start}, {@code end} (ISO-8601 instants), {@code total} (the
   * headline amount as a plain decimal string, or {@code "12.50 EUR + 3.00 USD"} when the finding
   * mixes currencies), {@code currency} (the code, or the codes joined by {@code "+"}),
   * {@code totals} (currency code to decimal string) and {@code rule}; the kind-specific keys are
   * listed by each finding type. Keys are never renamed; new keys may be added.
   *
   * @return the tree
   */
  Map<String, Object> toJsonTree();

  /** @return the finding as one flat row of cells, in the order of {@link PatternKind#columns()} */
  List<String> toRow();
}
