package io.moneytrail.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well the ranked case list serves an investigator, against labels (see {@link CaseEvaluator}
 * for the definitions).
 *
 * @param cases the number of cases
 * @param casePrecisionAt10 the share of true cases among the top 10 (or all, when fewer)
 * @param casePrecisionAt30 the same among the top 30
 * @param casePrecisionAt100 the same among the top 100
 * @param patternsDelivered labelled patterns delivered as a workable case in the top 2 x
 *     {@code patternsLabelled} cases
 * @param patternsLabelled the labelled patterns scored (with transactions in the data, not excluded)
 * @param largestCaseAccountShare the largest case's accounts over the ledger's accounts
 * @param typologies delivery per typology, sorted by typology name
 * @param benignInTop100 how many of the top 100 cases are benign look-alikes (at least half of their
 *     transactions in benign groups), when benign groups were given; -1 otherwise
 * @param benignKindsInTop100 those cases by the kind of their largest benign group
 */
public record CaseScores(int cases, double casePrecisionAt10, double casePrecisionAt30, double casePrecisionAt100,
    int patternsDelivered, int patternsLabelled, double largestCaseAccountShare, List<Delivery> typologies,
    int benignInTop100, Map<String, Integer> benignKindsInTop100) {

  /** Copies the collections. */
  public CaseScores {
    typologies = List.copyOf(typologies);
    Objects.requireNonNull(benignKindsInTop100, "benignKindsInTop100");
    benignKindsInTop100 = Collections.unmodifiableMap(new LinkedHashMap<>(benignKindsInTop100));
  }

  /**
   * Delivery of one typology's patterns.
   *
   * @param typology the typology name as in the labels
   * @param labelled patterns scored
   * @param delivered of which delivered as a workable case in the top 2 x {@code patternsLabelled}
   * @param bestRank for each delivered pattern the rank of the best case delivering it, in pattern order
   */
  public record Delivery(String typology, int labelled, int delivered, List<Integer> bestRank) {
    /** Copies the list. */
    public Delivery {
      bestRank = List.copyOf(bestRank);
    }
  }
}
