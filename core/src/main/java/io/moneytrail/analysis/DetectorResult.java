package io.moneytrail.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one detector run.
 *
 * @param detector which detector ran
 * @param options the options it ran with
 * @param findings the findings, in the detector's documented deterministic order (unmodifiable)
 * @param truncated whether the detector stopped at a result cap (cycles' {@code maxResults}); the
 *     findings are then exactly the first ones of the full order
 * @param <F> the finding type
 */
public record DetectorResult<F extends Finding>(Detector detector, DetectorOptions options, List<F> findings,
    boolean truncated) {

  /** The version of the document {@link #toJsonTree()} writes. */
  public static final int SCHEMA_VERSION = 2;

  /** Copies the findings into an unmodifiable list. */
  public DetectorResult {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(options, "options");
    findings = List.copyOf(findings);
  }

  /** @return the number of findings */
  public int count() {
    return findings.size();
  }

  /**
   * The result as a JSON-ready tree, the contract of the detector commands' {@code --json}:
   * {@code {"schemaVersion":2,"detector":"fan-in","parameters":{...},"truncated":false,"count":N,
   * "findings":[...]}} with the detector's settings ({@link Section#write}) and each finding's
   * {@link Finding#toJsonTree()}.
   *
   * @return the tree (insertion-ordered maps and lists)
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("detector", detector.id());
    root.put("parameters", detector.parameters(options));
    root.put("truncated", truncated);
    root.put("count", count());
    List<Object> list = new ArrayList<>(findings.size());
    for (F f : findings) {
      list.add(f.toJsonTree());
    }
    root.put("findings", list);
    return root;
  }

  /** @return every finding as a flat row, in the order of {@link Detector#columns()} */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>(findings.size());
    for (F f : findings) {
      rows.add(f.toRow());
    }
    return rows;
  }
}
