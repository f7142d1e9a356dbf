package io.moneytrail.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * One labelled pattern of the ground truth.
 *
 * @param typology the typology name as in the labels, e.g. {@code fan_in}
 * @param patternId the pattern's id as in the labels (an AMLSim alert id; for a label column, a
 *     generated {@code <column>-<n>} for each group of labelled transactions linked by accounts)
 * @param transactions ids of its transactions, in label-file (or ledger) order, without repeats
 */
public record LabelledPattern(String typology, String patternId, List<String> transactions) {
  /** Copies the list; typology and id must not be null. */
  public LabelledPattern {
    Objects.requireNonNull(typology, "typology");
    Objects.requireNonNull(patternId, "patternId");
    transactions = List.copyOf(transactions);
  }
}
