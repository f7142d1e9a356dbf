package io.moneytrail.analysis.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What case building made of an analysis's findings.
 *
 * @param cases the cases, ranked by risk
 * @param risks the risk of every finding, by finding id, in analysis order
 * @param hubThreshold the least distinct counterparties of a hub in this ledger
 * @param hubs how many accounts are hubs
 */
public record Triage(List<Case> cases, Map<String, RiskScore> risks, int hubThreshold, int hubs) {
  /** Copies the collections. */
  public Triage {
    cases = List.copyOf(cases);
    Objects.requireNonNull(risks, "risks");
    risks = Collections.unmodifiableMap(new LinkedHashMap<>(risks));
  }
}
