package io.moneytrail.analysis;

import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.RiskScore;
import io.moneytrail.analysis.cases.Triage;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.LoadResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one {@link Analysis} run produced.
 *
 * <p>Findings are numbered per detector: the id of the n-th finding (1-based, in the detector's
 * order) of detector {@code d} is {@code d.id() + "-" + n}, e.g. {@code fan-in-3}.
 *
 * @param load the ingest result the analysis ran on (ledger, files, rejects)
 * @param index the ledger's temporal index
 * @param settings the effective settings
 * @param detectors each detector's result, in {@link Detector} order (every detector present)
 * @param triage the ranked cases and every finding's risk
 * @param examined how many transactions the detectors looked at (all, or those of relationships
 *     that are not established)
 * @param timings wall-clock time per step (loading is not included), in run order; the only
 *     non-deterministic part of the result
 */
public record AnalysisResult(LoadResult load, TemporalIndex index, AnalysisSettings settings,
    Map<Detector, DetectorResult<? extends Finding>> detectors, Triage triage, int examined,
    Map<String, Duration> timings) {

  /** Copies the collections and checks every detector has a result. */
  public AnalysisResult {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(settings, "settings");
    EnumMap<Detector, DetectorResult<? extends Finding>> copy = new EnumMap<>(Detector.class);
    for (Detector d : Detector.values()) {
      copy.put(d, Objects.requireNonNull(detectors.get(d), () -> "no result for " + d.id()));
    }
    detectors = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(triage, "triage");
    timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
  }

  /**
   * @param detector a detector
   * @param position 0-based position in its findings
   * @return the id of that finding, e.g. {@code fan-in-3}
   */
  public static String id(Detector detector, int position) {
    return detector.id() + "-" + (position + 1);
  }

  /** @return every finding, by detector (in {@link Detector} order), then in each detector's order */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    detectors.values().forEach(r -> all.addAll(r.findings()));
    return all;
  }

  /**
   * @param detector a detector
   * @return its findings, in its order
   */
  public List<? extends Finding> findings(Detector detector) {
    return detectors.get(detector).findings();
  }

  /**
   * @param id a finding id such as {@code fan-in-3}
   * @return the finding with it, if any
   */
  public Optional<Finding> finding(String id) {
    int dash = id.lastIndexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    Optional<Detector> d = Optional.empty();
    for (Detector x : Detector.values()) {
      if (x.id().equals(id.substring(0, dash))) {
        d = Optional.of(x);
      }
    }
    int n;
    try {
      n = Integer.parseInt(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return d.map(detectors::get).filter(r -> n >= 1 && n <= r.count()).map(r -> r.findings().get(n - 1));
  }

  /** @return the ranked cases */
  public List<Case> cases() {
    return triage.cases();
  }

  /**
   * @param id a finding id
   * @return its risk
   * @throws IllegalArgumentException when there is no such finding
   */
  public RiskScore risk(String id) {
    RiskScore r = triage.risks().get(id);
    if (r == null) {
      throw new IllegalArgumentException("no finding " + id);
    }
    return r;
  }

  /** @return whether the cycle search stopped at its result cap */
  public boolean cyclesTruncated() {
    return detectors.get(Detector.CYCLES).truncated();
  }
}
