package io.moneytrail.analysis.cases;

import java.util.List;

/**
 * A risk score from 0 to 100 with the components that make it up (see {@link RiskWeights} for
 * what each measures). The total is the sum of the components' points, clamped to 0 to 100.
 *
 * @param total the score
 * @param components the components with points, in the order they were added (zero-point
 *     components left out)
 */
public record RiskScore(int total, List<RiskComponent> components) {
  /** Copies the list and checks the range. */
  public RiskScore {
    components = List.copyOf(components);
    if (total < 0 || total > 100) {
      throw new IllegalArgumentException("a risk score is 0 to 100, was " + total);
    }
  }

  /**
   * @param components the components
   * @return the score of their summed points, clamped to 0 to 100, without zero-point components
   */
  public static RiskScore of(List<RiskComponent> components) {
    int sum = 0;
    for (RiskComponent c : components) {
      sum += c.points();
    }
    return new RiskScore(Math.max(0, Math.min(100, sum)), components.stream().filter(c -> c.points() != 0).toList());
  }
}
