package io.moneytrail.report.cases;

import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding of any detector in a uniform shape, as cases and reports use it.
 *
 * @param id stable identifier within one analysis, e.g. {@code fan-in-3} (kind key and 1-based
 *     position in the detector's deterministic order)
 * @param typology the kind of finding
 * @param subjects the accounts the finding is about (the hub, the mule, the cycle's accounts, the
 *     source and sink of a scatter-gather), in the finding's own order
 * @param accounts every account touching an evidence transaction, sorted by key
 * @param transactions ids of the evidence transactions, in the detector's order
 * @param rows the ledger rows of the evidence transactions, sorted ascending
 * @param start time of the earliest evidence transaction
 * @param end time of the latest evidence transaction
 * @param totals the finding's headline total per currency (minor units at the ledger's scale),
 *     sorted by currency code
 * @param rule the rule that fired, in words with its parameters
 * @param details the finding's full evidence as a JSON-ready tree (insertion-ordered maps, lists,
 *     strings, numbers, booleans)
 * @param fields the finding as one flat row: a value for each of {@link Typology#columns()}, in
 *     that order (lists joined by {@code ;})
 */
public record Finding(String id, Typology typology, List<String> subjects, List<String> accounts,
    List<String> transactions, List<Integer> rows, Instant start, Instant end, List<Money> totals, String rule,
    Map<String, Object> details, List<String> fields) {

  /** Copies the collections. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(typology, "typology");
    subjects = List.copyOf(subjects);
    accounts = List.copyOf(accounts);
    transactions = List.copyOf(transactions);
    rows = List.copyOf(rows);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(rule, "rule");
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    fields = List.copyOf(fields);
    if (fields.size() != typology.columns().size()) {
      throw new IllegalArgumentException("a " + typology.key() + " row has " + typology.columns().size()
          + " fields, was " + fields.size());
    }
  }
}
