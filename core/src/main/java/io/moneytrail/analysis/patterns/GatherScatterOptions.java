package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of gather-scatter ({@link GatherScatterDetector}).
 *
 * @param minCounterparties k: the least number of distinct sources and of distinct sinks within one window; at least 1;
 *     default 3
 * @param window w: the window length; not negative; default 30 days
 * @param minAmount the least amount of a payment that counts, in major units of the payment's own
 *     currency (exact); not negative; default 0
 */
public record GatherScatterOptions(int minCounterparties, Duration window, BigDecimal minAmount) implements PatternOptions {

  /** Validates every option. */
  public GatherScatterOptions {
    Checks.atLeast("minCounterparties", minCounterparties, 1);
    Checks.nonNegative("window", window);
    Checks.nonNegative("minAmount", minAmount);
  }

  /** @return k = 3, w = 30 days, min amount 0 */
  public static GatherScatterOptions defaults() {
    return new GatherScatterOptions(3, Duration.ofDays(30), BigDecimal.ZERO);
  }

  /**
   * @param k least number of distinct sources and of distinct sinks
   * @return a copy with that k
   */
  public GatherScatterOptions withMinCounterparties(int k) {
    return new GatherScatterOptions(k, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public GatherScatterOptions withWindow(Duration w) {
    return new GatherScatterOptions(minCounterparties, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public GatherScatterOptions withMinAmount(BigDecimal amount) {
    return new GatherScatterOptions(minCounterparties, window, amount);
  }

  @Override
  public String describe() {
    return "gather-scatter: " + RULE.formatted(minCounterparties, window, Checks.plain(minAmount));
  }

  private static final String RULE = "a hub is paid by >= %1$d distinct sources and pays >= %1$d distinct sinks at or after"
      + " the first of those inflows, all within %2$s (payments >= %3$s each)";

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("minCounterparties", minCounterparties);
    p.put("window", window.toString());
    p.put("minAmount", Checks.plain(minAmount));
    return p;
  }
}
