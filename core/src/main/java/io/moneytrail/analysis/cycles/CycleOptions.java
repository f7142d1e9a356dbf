package io.moneytrail.analysis.cycles;

import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Setting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Parameters of a cycle search. Immutable; every value is validated on construction and a bad one
 * fails with an {@link OptionException} naming the option and the value.
 *
 * <p>Semantics (see {@link TemporalCycles} for the full definition): a temporal cycle is a set of
 * {@code k} transactions, {@code 2 <= k <= maxLength}, forming a simple directed cycle of accounts
 * that can be ordered around the cycle as {@code t1..tk} with non-decreasing times (strictly
 * increasing with {@code strictTime}) and {@code time(tk) - time(t1) <= window}.
 *
 * <p>Amount rules, all off by default: {@code minAmount} (every hop's amount, in major units of its
 * currency, is at least this; compared exactly as minor units {@code >= ceil(minAmount * 10^scale)});
 * {@code maxLoss} (each hop after the first is at least {@code (1 - maxLoss)} times the previous
 * hop's amount); {@code maxGain} (each hop after the first is at most {@code (1 + maxGain)} times
 * the previous hop's amount). The ratio rules compare consecutive hops {@code t(i-1), ti} for
 * {@code i = 2..k}; the closing hop is not compared with the first. When any amount rule is on,
 * every hop of a cycle must be in the same currency (no rate table is supported: cycles mixing
 * currencies are then not reported). With amount rules off, currency does not matter.
 *
 * <p>{@code ignoreTime} switches to static mode: simple cycles of the aggregated account-pair
 * graph up to {@code maxLength} accounts; {@code window} is then ignored, and {@code strictTime}
 * and the amount rules must be off.
 *
 * @param maxLength maximum number of hops (= accounts) of a cycle, 2 to 32; default 6
 * @param window maximum time from the first to the last hop's timestamp, not negative, whole
 *     milliseconds are used; default 30 days
 * @param strictTime when true each hop must be strictly later than the previous; default false
 *     (equal timestamps allowed, as many exports are date-only)
 * @param minAmount minimum amount of every hop in major units (e.g. 100.00 = EUR 100), not
 *     negative; default off
 * @param maxLoss maximum fraction lost per hop, 0 to 1 with at most 18 decimals; default off
 * @param maxGain maximum fraction gained per hop, 0 or more with at most 18 decimals and
 *     {@code (1 + maxGain) * 10^decimals < 2^63}; default off
 * @param ignoreTime static mode (see above); default false
 * @param maxResults result cap, 1 to 100,000,000; default 100,000
 * @param threads worker threads, 0 = all available processors (default); does not change results
 */
public record CycleOptions(
    int maxLength,
    Duration window,
    boolean strictTime,
    Optional<BigDecimal> minAmount,
    Optional<BigDecimal> maxLoss,
    Optional<BigDecimal> maxGain,
    boolean ignoreTime,
    int maxResults,
    int threads) implements DetectorOptions {

  /** Largest accepted {@link #maxLength()}. */
  public static final int MAX_LENGTH_LIMIT = 32;
  /** Largest accepted {@link #maxResults()}. */
  public static final int MAX_RESULTS_LIMIT = 100_000_000;

  /** The settings, with their command-line flags ({@code --ignore-time} selects mode {@code static}). */
  public static final List<Setting<CycleOptions>> SETTINGS = List.of(
      Setting.choice("mode", "--ignore-time", "static",
          "temporal: time-respecting cycles; static (--ignore-time): simple cycles of the aggregated account-pair "
              + "graph, --window ignored, time and amount rules not allowed.",
          List.of("temporal", "static"), o -> o.ignoreTime() ? "static" : "temporal",
          (o, v) -> o.withIgnoreTime(v.equals("static"))),
      Setting.wholeNumber("maxLength", "--max-length", "N", "Longest cycle in hops (= accounts), 2 to 32.",
          CycleOptions::maxLength, CycleOptions::withMaxLength),
      Setting.duration("window", "--window", "D", "Longest time from the first to the last hop, e.g. 30d, 72h, PT12H.",
          CycleOptions::window, CycleOptions::withWindow),
      Setting.bool("strictTime", "--strict-time",
          "Each hop must be strictly later than the previous (default: equal times allowed, as in date-only exports).",
          CycleOptions::strictTime, CycleOptions::withStrictTime),
      Setting.optionalDecimal("minAmount", "--min-amount", "X", "Every hop is at least X (major units, exact).",
          CycleOptions::minAmount, CycleOptions::withMinAmount),
      Setting.optionalDecimal("maxLoss", "--max-loss", "FRACTION",
          "Each hop is at least (1 - FRACTION) times the previous one, 0 to 1 (0.2 or 20%).", CycleOptions::maxLoss,
          CycleOptions::withMaxLoss),
      Setting.optionalDecimal("maxGain", "--max-gain", "FRACTION",
          "Each hop is at most (1 + FRACTION) times the previous one, 0 or more.", CycleOptions::maxGain,
          CycleOptions::withMaxGain),
      Setting.wholeNumber("maxResults", "--max-results", "N",
          "Stop after N cycles and say so (1 to 100000000).", CycleOptions::maxResults, CycleOptions::withMaxResults));

  /** Validates every option. */
  public CycleOptions {
    Checks.present("window", window);
    Checks.present("minAmount", minAmount);
    Checks.present("maxLoss", maxLoss);
    Checks.present("maxGain", maxGain);
    Checks.between("maxLength", maxLength, 2, MAX_LENGTH_LIMIT);
    Durations.window("window", window);
    minAmount.ifPresent(m -> Checks.nonNegative("minAmount", m));
    maxLoss.ifPresent(l -> {
      Checks.fraction("maxLoss", l);
      if (decimals(l) > 18) {
        throw new OptionException("maxLoss", l.toPlainString(), "must have at most 18 decimals, was " + l.toPlainString());
      }
    });
    maxGain.ifPresent(g -> {
      Checks.nonNegative("maxGain", g);
      if (decimals(g) > 18) {
        throw new OptionException("maxGain", g.toPlainString(), "must have at most 18 decimals, was " + g.toPlainString());
      }
      BigInteger factor = BigDecimal.ONE.add(g).movePointRight(decimals(g)).toBigIntegerExact();
      if (factor.bitLength() > 62) {
        throw new OptionException("maxGain", g.toPlainString(), "is too large or too precise, was " + g.toPlainString());
      }
    });
    Checks.between("maxResults", maxResults, 1, MAX_RESULTS_LIMIT);
    Checks.between("threads", threads, 0, 1024);
    minAmount = minAmount.map(Checks::canonical);
    maxLoss = maxLoss.map(Checks::canonical);
    maxGain = maxGain.map(Checks::canonical);
    if (ignoreTime && strictTime) {
      throw new OptionException("strictTime", "true", "cannot be combined with static cycles ({mode}): they have no times");
    }
    if (ignoreTime && (minAmount.isPresent() || maxLoss.isPresent() || maxGain.isPresent())) {
      String rule = minAmount.isPresent() ? "minAmount" : maxLoss.isPresent() ? "maxLoss" : "maxGain";
      throw new OptionException(rule, "", "cannot be combined with static cycles ({mode}): amount rules need the order "
          + "of the hops");
    }
  }

  /** @return maxLength 6, window 30 days, non-strict time, no amount rules, temporal mode, maxResults 100,000, all processors */
  public static CycleOptions defaults() {
    return new CycleOptions(6, Duration.ofDays(30), false, Optional.empty(), Optional.empty(), Optional.empty(),
        false, 100_000, 0);
  }

  /** @param value maximum hops, 2 to 32 @return a copy with it */
  public CycleOptions withMaxLength(int value) {
    return new CycleOptions(value, window, strictTime, minAmount, maxLoss, maxGain, ignoreTime, maxResults, threads);
  }

  /** @param value maximum span from first to last hop @return a copy with it */
  public CycleOptions withWindow(Duration value) {
    return new CycleOptions(maxLength, value, strictTime, minAmount, maxLoss, maxGain, ignoreTime, maxResults, threads);
  }

  /** @param value whether hops must be strictly later than the previous @return a copy with it */
  public CycleOptions withStrictTime(boolean value) {
    return new CycleOptions(maxLength, window, value, minAmount, maxLoss, maxGain, ignoreTime, maxResults, threads);
  }

  /** @param value minimum hop amount in major units @return a copy with it */
  public CycleOptions withMinAmount(BigDecimal value) {
    return new CycleOptions(maxLength, window, strictTime, Optional.of(value), maxLoss, maxGain, ignoreTime, maxResults, threads);
  }

  /** @param value maximum fraction lost per hop, 0 to 1 @return a copy with it */
  public CycleOptions withMaxLoss(BigDecimal value) {
    return new CycleOptions(maxLength, window, strictTime, minAmount, Optional.of(value), maxGain, ignoreTime, maxResults, threads);
  }

  /** @param value maximum fraction gained per hop, 0 or more @return a copy with it */
  public CycleOptions withMaxGain(BigDecimal value) {
    return new CycleOptions(maxLength, window, strictTime, minAmount, maxLoss, Optional.of(value), ignoreTime, maxResults, threads);
  }

  /** @return a copy with minAmount, maxLoss and maxGain off */
  public CycleOptions withoutAmountRules() {
    return new CycleOptions(maxLength, window, strictTime, Optional.empty(), Optional.empty(), Optional.empty(),
        ignoreTime, maxResults, threads);
  }

  /** @param value whether to search the static pair graph instead @return a copy with it */
  public CycleOptions withIgnoreTime(boolean value) {
    return new CycleOptions(maxLength, window, strictTime, minAmount, maxLoss, maxGain, value, maxResults, threads);
  }

  /** @param value result cap @return a copy with it */
  public CycleOptions withMaxResults(int value) {
    return new CycleOptions(maxLength, window, strictTime, minAmount, maxLoss, maxGain, ignoreTime, value, threads);
  }

  /** @param value worker threads, 0 = all processors @return a copy with it */
  public CycleOptions withThreads(int value) {
    return new CycleOptions(maxLength, window, strictTime, minAmount, maxLoss, maxGain, ignoreTime, maxResults, value);
  }

  /** @return whether any of minAmount, maxLoss, maxGain is set */
  public boolean amountRules() {
    return minAmount.isPresent() || maxLoss.isPresent() || maxGain.isPresent();
  }

  static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
