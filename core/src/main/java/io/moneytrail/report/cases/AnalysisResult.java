package io.moneytrail.report.cases;

import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.LoadResult;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one {@link Analysis} run produced.
 *
 * @param load the ingest result the analysis ran on (ledger, files, rejects)
 * @param index the ledger's temporal index
 * @param settings the effective settings
 * @param findings every finding of every detector, by typology (in {@link Typology} order), then in
 *     each detector's deterministic order
 * @param cases the ranked cases
 * @param cyclesTruncated true when the cycle search hit its result cap
 * @param timings wall-clock time per step (loading is not included), in run order; the only
 *     non-deterministic part of the result
 */
public record AnalysisResult(LoadResult load, TemporalIndex index, AnalysisSettings settings, List<Finding> findings,
    List<Case> cases, boolean cyclesTruncated, Map<String, Duration> timings) {

  /** Copies the collections. */
  public AnalysisResult {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(settings, "settings");
    findings = List.copyOf(findings);
    cases = List.copyOf(cases);
    timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
  }

  /** @return the findings of one kind, in detector order */
  public List<Finding> findings(Typology typology) {
    return findings.stream().filter(f -> f.typology() == typology).toList();
  }

  /**
   * @param id a finding id
   * @return the finding with it
   * @throws IllegalArgumentException when there is none
   */
  public Finding finding(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding " + id));
  }
}
