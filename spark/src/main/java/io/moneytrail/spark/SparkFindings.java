package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.moneytrail.analysis.Detector;
import io.moneytrail.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one detector run on Spark, in core's order.
 *
 * @param detector which detector ran
 * @param parameters the options it ran with, as core lists them ({@link Detector#parameters})
 * @param truncated whether more findings qualified than the detector's cap (cycles' {@code maxResults});
 *     the list then holds exactly the first ones of core's order, as core's does
 * @param findings each finding as compact JSON, exactly core's {@code toJsonTree()} of the same
 *     finding (for cycles, core's {@code Cycle.toJsonTree()}, with {@code rows} the global ledger rows)
 * @param rows each finding's flat row, in the order of {@link Detector#columns()}
 */
public record SparkFindings(Detector detector, Map<String, Object> parameters, boolean truncated,
    List<String> findings, List<List<String>> rows) {
  private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {};

  /** Copies the collections. */
  public SparkFindings {
    Objects.requireNonNull(detector, "detector");
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    findings = List.copyOf(findings);
    rows = List.copyOf(rows);
  }

  /** @return the number of findings */
  public int count() {
    return findings.size();
  }

  /**
   * The result as the CLI prints it with {@code --json}: the document of core's
   * {@link io.moneytrail.analysis.DetectorResult#toJsonTree()}.
   *
   * @return the tree (insertion-ordered)
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", io.moneytrail.analysis.DetectorResult.SCHEMA_VERSION);
    root.put("detector", detector.id());
    root.put("parameters", parameters);
    root.put("truncated", truncated);
    root.put("count", count());
    List<Object> list = new ArrayList<>(findings.size());
    for (String f : findings) {
      try {
        list.add(Json.mapper().readValue(f, TREE));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("finding is not JSON", e);
      }
    }
    root.put("findings", list);
    return root;
  }
}
