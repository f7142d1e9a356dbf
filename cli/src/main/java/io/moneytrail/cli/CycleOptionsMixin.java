package io.moneytrail.cli;

import io.moneytrail.analysis.cycles.CycleOptions;
import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options of a cycle search ({@code --max-length}, {@code --window}, {@code --strict-time},
 * {@code --min-amount}, {@code --max-loss}, {@code --max-gain}, {@code --ignore-time},
 * {@code --max-results}), shared by {@code moneytrail cycles} and the Spark entry point.
 */
public final class CycleOptionsMixin {
  @Option(names = "--max-length", paramLabel = "N", description = "Longest cycle in hops (= accounts), 2 to 32. Default: 6.")
  Integer maxLength;

  @Option(names = "--window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest time from the first to the last hop, e.g. 30d, 72h, PT12H. Default: 30d.")
  Duration window;

  @Option(names = "--strict-time", description = "Each hop must be strictly later than the previous (default: equal times allowed, as in date-only exports).")
  boolean strictTime;

  @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
      description = "Every hop is at least X (major units, exact). Default: off.")
  BigDecimal minAmount;

  @Option(names = "--max-loss", paramLabel = "FRACTION", converter = DecimalConverter.class,
      description = "Each hop is at least (1 - FRACTION) times the previous one, 0 to 1 (0.2 or 20%%). Default: off.")
  BigDecimal maxLoss;

  @Option(names = "--max-gain", paramLabel = "FRACTION", converter = DecimalConverter.class,
      description = "Each hop is at most (1 + FRACTION) times the previous one, 0 or more. Default: off.")
  BigDecimal maxGain;

  @Option(names = "--ignore-time", description = "Static mode: simple cycles of the aggregated account-pair graph; "
      + "--window is ignored, time and amount rules are not allowed.")
  boolean ignoreTime;

  @Option(names = "--max-results", paramLabel = "N", description = "Stop after N cycles and say so (1 to 100000000). Default: 100000.")
  Integer maxResults;

  /** @return whether {@code --ignore-time} was given */
  public boolean ignoreTime() {
    return ignoreTime;
  }

  /**
   * @return the search options: the defaults with the given options applied
   * @throws IllegalArgumentException for an invalid value, naming the option as {@link CycleOptions} does
   */
  public CycleOptions options() {
    CycleOptions o = CycleOptions.defaults().withIgnoreTime(ignoreTime).withStrictTime(strictTime);
    if (maxLength != null) {
      o = o.withMaxLength(maxLength);
    }
    if (window != null) {
      o = o.withWindow(window);
    }
    if (minAmount != null) {
      o = o.withMinAmount(minAmount);
    }
    if (maxLoss != null) {
      o = o.withMaxLoss(maxLoss);
    }
    if (maxGain != null) {
      o = o.withMaxGain(maxGain);
    }
    if (maxResults != null) {
      o = o.withMaxResults(maxResults);
    }
    return o;
  }
}
