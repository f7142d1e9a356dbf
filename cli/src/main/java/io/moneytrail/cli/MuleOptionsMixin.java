package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.MuleOptions;
import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --ratio}, {@code --max-delay} and {@code --min-episodes} of the pass-through (mule) rule,
 * shared by {@code moneytrail mules} and the Spark entry point.
 */
public final class MuleOptionsMixin {
  @Option(names = "--ratio", paramLabel = "R", converter = DecimalConverter.class,
      description = "Least fraction of an inflow paid onward, e.g. 0.8 or 80%%. Default: 0.8.")
  BigDecimal ratio;

  @Option(names = "--max-delay", paramLabel = "D", converter = DurationConverter.class,
      description = "How long after an inflow the onward payments may follow, e.g. 72h. Default: 72h.")
  Duration maxDelay;

  @Option(names = "--min-episodes", paramLabel = "M", description = "Least number of pass-through episodes. Default: 2.")
  Integer minEpisodes;

  /**
   * @param options the options so far
   * @return them with the given options applied
   * @throws IllegalArgumentException for an invalid value, named as {@link MuleOptions} names it
   */
  public MuleOptions apply(MuleOptions options) {
    MuleOptions o = options;
    if (ratio != null) {
      o = o.withRatio(ratio);
    }
    if (maxDelay != null) {
      o = o.withMaxDelay(maxDelay);
    }
    if (minEpisodes != null) {
      o = o.withMinEpisodes(minEpisodes);
    }
    return o;
  }
}
