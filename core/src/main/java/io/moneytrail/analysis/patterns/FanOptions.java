package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of fan-out and fan-in ({@link FanDetector}).
 *
 * @param minCounterparties k: the least number of distinct receivers (fan-out) or senders (fan-in)
 *     within one window; at least 1; default 5
 * @param window w: the window length; not negative; default 7 days
 * @param minAmount the least amount of a payment that counts, in major units of the payment's own
 *     currency (exact); not negative; default 0
 */
public record FanOptions(int minCounterparties, Duration window, BigDecimal minAmount) implements PatternOptions {

  /** Validates every option. */
  public FanOptions {
    Checks.atLeast("minCounterparties", minCounterparties, 1);
    Checks.nonNegative("window", window);
    Checks.nonNegative("minAmount", minAmount);
  }

  /** @return k = 5, w = 7 days, min amount 0 */
  public static FanOptions defaults() {
    return new FanOptions(5, Duration.ofDays(7), BigDecimal.ZERO);
  }

  /**
   * @param k least number of distinct counterparties
   * @return a copy with that k
   */
  public FanOptions withMinCounterparties(int k) {
    return new FanOptions(k, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public FanOptions withWindow(Duration w) {
    return new FanOptions(minCounterparties, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public FanOptions withMinAmount(BigDecimal amount) {
    return new FanOptions(minCounterparties, window, amount);
  }

  @Override
  public String describe() {
    return ">= " + minCounterparties + " distinct counterparties within " + window
        + " (payments >= " + Checks.plain(minAmount) + " each, self-transfers ignored)";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("minCounterparties", minCounterparties);
    p.put("window", window.toString());
    p.put("minAmount", Checks.plain(minAmount));
    return p;
  }
}
