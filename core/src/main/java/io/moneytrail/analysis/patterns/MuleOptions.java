package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of the pass-through (mule) account detector ({@link MuleDetector}).
 *
 * @param ratio r: the least fraction of an inflow that must be passed on; in (0, 1]; default 0.8
 * @param maxDelay &Delta;t: how long after an inflow its onward payments may follow; not negative;
 *     default 72 hours
 * @param minEpisodes m: the least number of pass-through episodes (in one currency); at least 1;
 *     default 2
 * @param minAmount the least amount of an inflow that can start an episode, in major units of its
 *     currency (exact); not negative; default 0
 */
public record MuleOptions(BigDecimal ratio, Duration maxDelay, int minEpisodes, BigDecimal minAmount)
    implements PatternOptions {

  /** Validates every option. */
  public MuleOptions {
    if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("ratio must be greater than 0 and at most 1, was "
          + (ratio == null ? "null" : ratio.toPlainString()));
    }
    Checks.nonNegative("maxDelay", maxDelay);
    Checks.atLeast("minEpisodes", minEpisodes, 1);
    Checks.nonNegative("minAmount", minAmount);
  }

  /** @return r = 0.8, &Delta;t = 72 hours, m = 2, min amount 0 */
  public static MuleOptions defaults() {
    return new MuleOptions(new BigDecimal("0.8"), Duration.ofHours(72), 2, BigDecimal.ZERO);
  }

  /**
   * @param r least fraction passed on
   * @return a copy with that ratio
   */
  public MuleOptions withRatio(BigDecimal r) {
    return new MuleOptions(r, maxDelay, minEpisodes, minAmount);
  }

  /**
   * @param delay longest delay of an onward payment
   * @return a copy with that delay
   */
  public MuleOptions withMaxDelay(Duration delay) {
    return new MuleOptions(ratio, delay, minEpisodes, minAmount);
  }

  /**
   * @param m least number of episodes
   * @return a copy with that count
   */
  public MuleOptions withMinEpisodes(int m) {
    return new MuleOptions(ratio, maxDelay, m, minAmount);
  }

  /**
   * @param amount least inflow amount in major units
   * @return a copy with that minimum
   */
  public MuleOptions withMinAmount(BigDecimal amount) {
    return new MuleOptions(ratio, maxDelay, minEpisodes, amount);
  }

  @Override
  public String describe() {
    return "pass-through: >= " + minEpisodes + " inflows (each >= " + Checks.plain(minAmount) + ") of which >= "
        + Checks.plain(ratio) + " was paid onward, in the same currency, within " + maxDelay
        + " (first-in-first-out allocation of outflows to inflows)";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ratio", Checks.plain(ratio));
    p.put("maxDelay", maxDelay.toString());
    p.put("minEpisodes", minEpisodes);
    p.put("minAmount", Checks.plain(minAmount));
    return p;
  }
}
