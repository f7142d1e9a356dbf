package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of scatter-gather ({@link ScatterGatherDetector}).
 *
 * @param minCounterparties k: the least number of distinct intermediaries within one window; at least 1;
 *     default 3
 * @param window w: the window length; not negative; default 30 days
 * @param minAmount the least amount of a payment that counts, in major units of the payment's own
 *     currency (exact); not negative; default 0
 */
public record ScatterGatherOptions(int minCounterparties, Duration window, BigDecimal minAmount) implements PatternOptions {

  /** Validates every option. */
  public ScatterGatherOptions {
    Checks.atLeast("minCounterparties", minCounterparties, 1);
    Checks.nonNegative("window", window);
    Checks.nonNegative("minAmount", minAmount);
  }

  /** @return k = 3, w = 30 days, min amount 0 */
  public static ScatterGatherOptions defaults() {
    return new ScatterGatherOptions(3, Duration.ofDays(30), BigDecimal.ZERO);
  }

  /**
   * @param k least number of distinct intermediaries
   * @return a copy with that k
   */
  public ScatterGatherOptions withMinCounterparties(int k) {
    return new ScatterGatherOptions(k, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public ScatterGatherOptions withWindow(Duration w) {
    return new ScatterGatherOptions(minCounterparties, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public ScatterGatherOptions withMinAmount(BigDecimal amount) {
    return new ScatterGatherOptions(minCounterparties, window, amount);
  }

  /**
   * @param scale decimal digits of the ledger's minor units
   * @return the least amount in minor units at that scale that a payment needs to count, exactly as
   *     the detector compares it ({@code ceil(minAmount * 10^scale)})
   */
  public long minAmountMinor(int scale) {
    return Checks.minorAtLeast(minAmount, scale);
  }

  @Override
  public String describe() {
    return "scatter-gather: " + RULE.formatted(minCounterparties, window, Checks.plain(minAmount));
  }

  private static final String RULE = "a source pays >= %d distinct intermediaries that each pay one common sink at or after"
      + " receiving from the source, all within %s (payments >= %s each)";

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("minCounterparties", minCounterparties);
    p.put("window", window.toString());
    p.put("minAmount", Checks.plain(minAmount));
    return p;
  }
}
