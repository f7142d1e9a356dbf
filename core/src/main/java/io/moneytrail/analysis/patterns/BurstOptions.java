package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.Setting;
import io.moneytrail.analysis.Trees;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Options of the burst detectors: fan-out and fan-in ({@link FanDetector}), scatter-gather
 * ({@link ScatterGatherDetector}) and gather-scatter ({@link GatherScatterDetector}). What
 * {@code minCounterparties} counts is stated by each detector (distinct receivers, senders,
 * intermediaries, or sources and sinks).
 *
 * @param minCounterparties k: the least number of distinct counterparties within one window; at
 *     least 1; default 5 for fan-out and fan-in, 3 for scatter-gather and gather-scatter
 * @param window w: the window length; not negative; default 7 days for fan-out and fan-in, 30 days
 *     for scatter-gather and gather-scatter
 * @param minAmount the least amount of a payment that counts, in major units of the payment's own
 *     currency (exact); not negative; default 0
 */
public record BurstOptions(int minCounterparties, Duration window, BigDecimal minAmount) implements DetectorOptions {

  /** Fan-out and fan-in: k = 5, w = 7 days, min amount 0. */
  public static final BurstOptions FAN_DEFAULTS = new BurstOptions(5, Duration.ofDays(7), BigDecimal.ZERO);
  /** Scatter-gather and gather-scatter: k = 3, w = 30 days, min amount 0. */
  public static final BurstOptions LAYERING_DEFAULTS = new BurstOptions(3, Duration.ofDays(30), BigDecimal.ZERO);

  /** The settings of every burst detector, with their command-line flags. */
  public static final List<Setting<BurstOptions>> SETTINGS = List.of(
      Setting.wholeNumber("minCounterparties", "--min-counterparties", "K",
          "Least number of distinct counterparties within one window.", BurstOptions::minCounterparties,
          BurstOptions::withMinCounterparties),
      Setting.duration("window", "--window", "D", "Window length, e.g. 72h, 7d, PT30M.", BurstOptions::window,
          BurstOptions::withWindow),
      Setting.decimal("minAmount", "--min-amount", "X",
          "Ignore payments below X, in each payment's own currency (exact).", BurstOptions::minAmount,
          BurstOptions::withMinAmount));

  /** Validates every option. */
  public BurstOptions {
    Checks.atLeast("minCounterparties", minCounterparties, 1);
    Durations.window("window", window);
    minAmount = Checks.canonical(Checks.nonNegative("minAmount", minAmount));
  }

  /** @return the fan-out and fan-in defaults ({@link #FAN_DEFAULTS}) */
  public static BurstOptions defaults() {
    return FAN_DEFAULTS;
  }

  /**
   * @param k least number of distinct counterparties
   * @return a copy with that k
   */
  public BurstOptions withMinCounterparties(int k) {
    return new BurstOptions(k, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public BurstOptions withWindow(Duration w) {
    return new BurstOptions(minCounterparties, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public BurstOptions withMinAmount(BigDecimal amount) {
    return new BurstOptions(minCounterparties, window, amount);
  }

  /**
   * @param scale decimal digits of the ledger's minor units
   * @return the least amount a payment needs to count, exactly as the detectors compare it
   */
  public AmountFloor minAmountFloor(int scale) {
    return AmountFloor.of(minAmount, scale);
  }

  /** @return the part of every burst rule that states window and minimum amount, e.g. {@code within 7 days (payments >= 0 each)} */
  String windowAndMinimum() {
    return "within " + Durations.human(window) + " (payments >= " + Trees.plain(minAmount) + " each)";
  }
}
