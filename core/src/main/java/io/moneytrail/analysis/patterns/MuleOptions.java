package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Setting;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

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
    implements DetectorOptions {

  /** The settings, with their command-line flags. */
  public static final List<Setting<MuleOptions>> SETTINGS = List.of(
      Setting.decimal("ratio", "--ratio", "R", "Least fraction of an inflow paid onward, e.g. 0.8 or 80%.",
          MuleOptions::ratio, MuleOptions::withRatio),
      Setting.duration("maxDelay", "--max-delay", "D",
          "How long after an inflow the onward payments may follow, e.g. 72h.", MuleOptions::maxDelay,
          MuleOptions::withMaxDelay),
      Setting.wholeNumber("minEpisodes", "--min-episodes", "M", "Least number of pass-through episodes.",
          MuleOptions::minEpisodes, MuleOptions::withMinEpisodes),
      Setting.decimal("minAmount", "--min-amount", "X",
          "Ignore inflows below X as the start of an episode (in the inflow's own currency, exact).",
          MuleOptions::minAmount, MuleOptions::withMinAmount));

  /** Validates every option. */
  public MuleOptions {
    Checks.present("ratio", ratio);
    if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new OptionException("ratio", ratio.toPlainString(), "must be greater than 0 and at most 1, was "
          + ratio.toPlainString());
    }
    Durations.window("maxDelay", maxDelay);
    Checks.atLeast("minEpisodes", minEpisodes, 1);
    minAmount = Checks.canonical(Checks.nonNegative("minAmount", minAmount));
    ratio = Checks.canonical(ratio);
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
}
