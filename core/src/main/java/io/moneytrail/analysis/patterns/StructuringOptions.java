package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Options of the structuring detector ({@link StructuringDetector}).
 *
 * @param threshold T: the reporting threshold in major units, used for every currency without an
 *     entry in {@code thresholds}; positive; default 10,000
 * @param thresholds per-currency thresholds (currency code to major units), overriding
 *     {@code threshold}; each positive; default none
 * @param margin the band below the threshold, as a fraction: amounts in
 *     {@code [T * (1 - margin), T)} count; in [0, 1); default 0.10 (10 %)
 * @param minCount n: the least number of such payments within one window; at least 1; default 3
 * @param window w: the window length; not negative; default 7 days
 * @param minAmount the least amount of a payment that counts, in major units (exact); not negative;
 *     default 0
 */
public record StructuringOptions(BigDecimal threshold, Map<String, BigDecimal> thresholds, BigDecimal margin,
    int minCount, Duration window, BigDecimal minAmount) implements PatternOptions {

  /** Validates every option and copies the map (sorted by currency code, unmodifiable). */
  public StructuringOptions {
    positive("threshold", threshold);
    if (thresholds == null) {
      throw new IllegalArgumentException("thresholds must not be null");
    }
    TreeMap<String, BigDecimal> copy = new TreeMap<>();
    thresholds.forEach((code, value) -> {
      if (code == null || code.isEmpty()) {
        throw new IllegalArgumentException("thresholds: currency code must not be empty");
      }
      positive("thresholds[" + code + "]", value);
      copy.put(code, value);
    });
    thresholds = java.util.Collections.unmodifiableSortedMap(copy);
    if (margin == null || margin.signum() < 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("margin must be at least 0 and less than 1, was "
          + (margin == null ? "null" : margin.toPlainString()));
    }
    Checks.atLeast("minCount", minCount, 1);
    Checks.nonNegative("window", window);
    Checks.nonNegative("minAmount", minAmount);
  }

  private static void positive(String option, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(option + " must be positive, was "
          + (value == null ? "null" : value.toPlainString()));
    }
  }

  /** @return T = 10,000 in every currency, margin 10 %, n = 3, w = 7 days, min amount 0 */
  public static StructuringOptions defaults() {
    return new StructuringOptions(new BigDecimal("10000"), Map.of(), new BigDecimal("0.10"), 3, Duration.ofDays(7),
        BigDecimal.ZERO);
  }

  /**
   * @param currency a currency code
   * @return the threshold that applies to it, in major units
   */
  public BigDecimal thresholdFor(String currency) {
    return thresholds.getOrDefault(currency, threshold);
  }

  /**
   * @param t default threshold in major units
   * @return a copy with that threshold
   */
  public StructuringOptions withThreshold(BigDecimal t) {
    return new StructuringOptions(t, thresholds, margin, minCount, window, minAmount);
  }

  /**
   * @param currency a currency code
   * @param t its threshold in major units
   * @return a copy with that per-currency threshold added or replaced
   */
  public StructuringOptions withThreshold(String currency, BigDecimal t) {
    TreeMap<String, BigDecimal> copy = new TreeMap<>(thresholds);
    copy.put(currency, t);
    return new StructuringOptions(threshold, copy, margin, minCount, window, minAmount);
  }

  /**
   * @param m margin as a fraction
   * @return a copy with that margin
   */
  public StructuringOptions withMargin(BigDecimal m) {
    return new StructuringOptions(threshold, thresholds, m, minCount, window, minAmount);
  }

  /**
   * @param n least number of payments
   * @return a copy with that count
   */
  public StructuringOptions withMinCount(int n) {
    return new StructuringOptions(threshold, thresholds, margin, n, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public StructuringOptions withWindow(Duration w) {
    return new StructuringOptions(threshold, thresholds, margin, minCount, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public StructuringOptions withMinAmount(BigDecimal amount) {
    return new StructuringOptions(threshold, thresholds, margin, minCount, window, amount);
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("structuring: >= ").append(minCount)
        .append(" payments by one sender, or into one receiver, within ").append(window)
        .append(", each in [T * (1 - ").append(Checks.plain(margin)).append("), T) of its currency with T = ")
        .append(Checks.plain(threshold));
    thresholds.forEach((code, t) -> sb.append(", ").append(code).append(' ').append(Checks.plain(t)));
    if (minAmount.signum() > 0) {
      sb.append(" (payments >= ").append(Checks.plain(minAmount)).append(')');
    }
    return sb.toString();
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("threshold", Checks.plain(threshold));
    Map<String, String> perCurrency = new LinkedHashMap<>();
    thresholds.forEach((code, t) -> perCurrency.put(code, Checks.plain(t)));
    p.put("thresholds", perCurrency);
    p.put("margin", Checks.plain(margin));
    p.put("minCount", minCount);
    p.put("window", window.toString());
    p.put("minAmount", Checks.plain(minAmount));
    return p;
  }
}
