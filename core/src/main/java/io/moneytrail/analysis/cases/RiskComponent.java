package io.moneytrail.analysis.cases;

import java.util.Objects;

/**
 * One part of a risk score: what it measured and the points it gave.
 *
 * @param name the component's name, as in the settings section {@code risk} (e.g. {@code burst})
 * @param points the points it added (negative for a penalty), rounded to whole points
 * @param value what it measured, 0 to 1 (the share of the weight given)
 * @param detail the figures in words, e.g. {@code 9 of 10 transactions on relationships that
 *     exist only for this flow}
 */
public record RiskComponent(String name, int points, double value, String detail) {
  /** Checks the parts are present and the value is 0 to 1. */
  public RiskComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("a risk component's value is 0 to 1, was " + value + " for " + name);
    }
  }
}
