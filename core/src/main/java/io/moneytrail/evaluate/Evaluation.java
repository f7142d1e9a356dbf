package io.moneytrail.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of an evaluation.
 *
 * @param typologies scores per typology, sorted by typology name
 * @param overall scores of all labelled patterns against all findings of every kind, typology {@code all}
 * @param findings number of findings per detector id, in {@link io.moneytrail.analysis.Detector} order
 * @param missingTransactions labelled transaction ids not in the data (left out of every figure)
 * @param minShare the found rule's share
 * @param cyclesTruncated whether the cycle search hit its result cap
 */
public record Evaluation(List<TypologyScore> typologies, TypologyScore overall, Map<String, Integer> findings,
    int missingTransactions, double minShare, boolean cyclesTruncated) {
  /** Copies the collections. */
  public Evaluation {
    typologies = List.copyOf(typologies);
    Objects.requireNonNull(overall, "overall");
    findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
  }
}
