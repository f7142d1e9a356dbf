package io.moneytrail.analysis;

import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What every finding of every detector carries as evidence: the contract cases, reports, exports,
 * evaluation and the Spark engine rely on.
 */
public interface Finding {

  /** @return the detector that found it */
  Detector detector();

  /**
   * The accounts the finding is about, never merely a counterparty: the hub of a fan or of a
   * gather-scatter, the source, intermediaries and sink of a scatter-gather, the mule, the
   * structuring account, every account of a cycle. The first is the account the finding is anchored
   * on (its hub, source, account, or the cycle's first payer).
   *
   * @return the subjects, in the finding's own order, without repeats
   */
  List<String> subjects();

  /** @return the ledger rows of the evidence transactions, in the same order as {@link #transactions()} */
  RowList rows();

  /** @return ids of the evidence transactions, in the detector's order (by time, or around the cycle) */
  List<String> transactions();

  /** @return time of the earliest evidence transaction */
  Instant start();

  /** @return time of the latest evidence transaction */
  Instant end();

  /**
   * The headline amount, exact, one entry per currency sorted by currency code. What is summed
   * depends on the detector and is stated by each finding type.
   *
   * @return totals per currency in minor units at the ledger's scale
   */
  List<Money> totals();

  /** @return the options of the rule that fired */
  DetectorOptions options();

  /** @return the rule that fired, in words with its parameters */
  default String rule() {
    return detector().rule(options());
  }

  /**
   * How far the finding goes beyond its rule's threshold: 0 at the threshold, 1 at twice it (more is
   * 1). Each finding type states what it compares (counterparties, episodes, payments, hops).
   *
   * @return the exceedance, 0 to 1
   */
  default double exceedance() {
    return 0;
  }

  /**
   * How completely the money of the finding passed on through its subjects, 0 to 1 (0 when the
   * finding's kind says nothing about it). Each finding type states what it compares.
   *
   * @return the share passed on
   */
  default double passThrough() {
    return 0;
  }

  /**
   * @param observed what the finding has, e.g. its distinct counterparties
   * @param threshold what the rule needs
   * @return {@code observed / threshold - 1}, clamped to 0 to 1
   */
  static double beyond(double observed, double threshold) {
    return threshold <= 0 ? 0 : Math.max(0, Math.min(1, observed / threshold - 1));
  }

  /**
   * @param part an amount list's total, one currency
   * @param whole another
   * @return {@code part / whole} clamped to 0 to 1, or 0 when they are not both in one and the same currency
   */
  static double share(java.util.List<io.moneytrail.ledger.Money> part, java.util.List<io.moneytrail.ledger.Money> whole) {
    if (part.size() != 1 || whole.size() != 1 || !part.get(0).currency().equals(whole.get(0).currency())
        || whole.get(0).minorUnits() <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, (double) part.get(0).minorUnits() / whole.get(0).minorUnits()));
  }

  /**
   * How closely two sums match: the smaller over the larger (1 when equal), so that paying on far
   * more than was received counts as little as paying on far less.
   *
   * @param part an amount list's total, one currency
   * @param whole another
   * @return {@code min(part, whole) / max(part, whole)}, or 0 when they are not both in one and the
   *     same currency or either is not positive
   */
  static double balance(java.util.List<io.moneytrail.ledger.Money> part, java.util.List<io.moneytrail.ledger.Money> whole) {
    if (part.size() != 1 || whole.size() != 1 || !part.get(0).currency().equals(whole.get(0).currency())
        || whole.get(0).minorUnits() <= 0 || part.get(0).minorUnits() <= 0) {
      return 0;
    }
    long p = part.get(0).minorUnits();
    long w = whole.get(0).minorUnits();
    return (double) Math.min(p, w) / Math.max(p, w);
  }

  /**
   * The keys that order findings of one detector after their start: findings are sorted by start,
   * then these keys compared element by element (a prefix first), then by end, then by rows (see
   * each detector). The first key is the anchoring subject (for cycles: the first transaction id).
   *
   * @return the order keys
   */
  List<String> orderKeys();

  /**
   * The finding as a JSON-ready tree (insertion-ordered maps, lists, strings, numbers, booleans),
   * the machine-readable contract of {@code --json}, {@code findings.json} and the Spark outputs.
   * Every finding has {@code kind} (its detector's {@link Detector#id()}), {@code transactions}
   * (ids), {@code start}, {@code end} (ISO-8601 instants), {@code total} (the headline amount as a
   * plain decimal string, or {@code "12.50 EUR + 3.00 USD"} when it mixes currencies),
   * {@code currency} (the code, or the codes joined by {@code "+"}), {@code totals} (currency code
   * to decimal string) and {@code rule}; each finding type lists its own keys. Keys are never
   * renamed; new keys may be added.
   *
   * @return the tree
   */
  Map<String, Object> toJsonTree();

  /** @return the finding as one flat row of cells, in the order of {@link Detector#columns()} */
  List<String> toRow();
}
