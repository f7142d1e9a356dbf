package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.moneytrail.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one analysis run on Spark, in core's order.
 *
 * @param analysis which analysis ran
 * @param parameters the options it ran with, as core lists them ({@code PatternOptions.parameters()}
 *     or {@code CycleOptions.parameters()})
 * @param truncated cycles only: more cycles qualified than {@code maxResults}; the list then holds
 *     exactly the first {@code maxResults} of core's order, as core's does
 * @param findings each finding as compact JSON, exactly core's {@code toJsonTree()} of the same
 *     finding (for cycles, core's {@code Cycle.toJsonTree()}, with {@code rows} the global ledger rows)
 * @param rows each finding's flat row, in the order of {@link SparkAnalysis#columns()}
 */
public record SparkFindings(SparkAnalysis analysis, Map<String, Object> parameters, boolean truncated,
    List<String> findings, List<List<String>> rows) {
  private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {};

  /** Copies the collections. */
  public SparkFindings {
    Objects.requireNonNull(analysis, "analysis");
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    findings = List.copyOf(findings);
    rows = List.copyOf(rows);
  }

  /** @return the number of findings */
  public int count() {
    return findings.size();
  }

  /**
   * The result as the CLI prints it with {@code --json}: {@code {"parameters","count","findings"}}
   * for the pattern analyses, {@code {"parameters","truncated","count","cycles"}} for cycles.
   *
   * @return the tree (insertion-ordered)
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parameters", parameters);
    if (analysis == SparkAnalysis.CYCLES) {
      root.put("truncated", truncated);
    }
    root.put("count", count());
    List<Object> list = new ArrayList<>(findings.size());
    for (String f : findings) {
      try {
        list.add(Json.mapper().readValue(f, TREE));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("finding is not JSON", e);
      }
    }
    root.put(analysis == SparkAnalysis.CYCLES ? "cycles" : "findings", list);
    return root;
  }
}
