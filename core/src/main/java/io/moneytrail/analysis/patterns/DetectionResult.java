package io.moneytrail.analysis.patterns;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one detector run.
 *
 * @param options the options the detector ran with
 * @param findings the findings, in the detector's documented deterministic order (unmodifiable)
 * @param <O> the options type
 * @param <F> the finding type
 */
public record DetectionResult<O extends PatternOptions, F extends PatternFinding>(O options, List<F> findings) {

  /** Copies the findings into an unmodifiable list. */
  public DetectionResult {
    Objects.requireNonNull(options, "options");
    findings = List.copyOf(findings);
  }

  /** @return the number of findings */
  public int count() {
    return findings.size();
  }
}
