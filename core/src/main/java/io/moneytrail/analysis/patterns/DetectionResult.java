package io.moneytrail.analysis.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one detector run.
 *
 * @param kind which detector ran (fan-out and fan-in share options and finding types)
 * @param options the options the detector ran with
 * @param findings the findings, in the detector's documented deterministic order (unmodifiable)
 * @param <O> the options type
 * @param <F> the finding type
 */
public record DetectionResult<O extends PatternOptions, F extends PatternFinding>(PatternKind kind, O options,
    List<F> findings) {

  /** Copies the findings into an unmodifiable list. */
  public DetectionResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(options, "options");
    findings = List.copyOf(findings);
  }

  /** @return the number of findings */
  public int count() {
    return findings.size();
  }

  /**
   * The result as a JSON-ready tree, the contract of the CLI's {@code --json}:
   * {@code {"parameters":{...},"count":N,"findings":[...]}} with the parameters of
   * {@link PatternOptions#parameters()} and each finding's {@link PatternFinding#toJsonTree()}.
   *
   * @return the tree (insertion-ordered maps and lists)
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parameters", options.parameters());
    root.put("count", count());
    List<Object> list = new ArrayList<>(findings.size());
    for (F f : findings) {
      list.add(f.toJsonTree());
    }
    root.put("findings", list);
    return root;
  }

  /** @return every finding as a flat row, in the order of {@link PatternKind#columns()} of {@link #kind()} */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>(findings.size());
    for (F f : findings) {
      rows.add(f.toRow());
    }
    return rows;
  }
}
