package io.moneytrail.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * Labelled patterns to evaluate detectors against.
 *
 * @param source where the labels came from, in words (e.g. {@code labels.csv (moneytrail)})
 * @param patterns the patterns in first-seen order
 */
public record GroundTruth(String source, List<LabelledPattern> patterns) {
  /** Copies the list. */
  public GroundTruth {
    Objects.requireNonNull(source, "source");
    patterns = List.copyOf(patterns);
  }

  /** @return the number of labelled transactions over all patterns */
  public int transactionCount() {
    return patterns.stream().mapToInt(p -> p.transactions().size()).sum();
  }
}
