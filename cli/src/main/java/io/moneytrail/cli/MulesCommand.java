package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.graph.TemporalIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moneytrail mules}: pass-through accounts. */
@Command(name = "mules", mixinStandardHelpOptions = true,
    description = "Find pass-through (mule) accounts: money received and >= R of it paid onward within D, at least M "
        + "times (outflows allocated to inflows first in, first out, per currency).")
final class MulesCommand extends PatternCommand<MuleOptions, MuleFinding> {
  @Option(names = "--ratio", paramLabel = "R", converter = DecimalConverter.class,
      description = "Least fraction of an inflow paid onward, e.g. 0.8 or 80%%. Default: 0.8.")
  BigDecimal ratio;

  @Option(names = "--max-delay", paramLabel = "D", converter = DurationConverter.class,
      description = "How long after an inflow the onward payments may follow, e.g. 72h. Default: 72h.")
  Duration maxDelay;

  @Option(names = "--min-episodes", paramLabel = "M", description = "Least number of pass-through episodes. Default: 2.")
  Integer minEpisodes;

  @Override
  MuleOptions options() {
    MuleOptions o = MuleOptions.defaults();
    if (ratio != null) {
      o = o.withRatio(ratio);
    }
    if (maxDelay != null) {
      o = o.withMaxDelay(maxDelay);
    }
    if (minEpisodes != null) {
      o = o.withMinEpisodes(minEpisodes);
    }
    return withMinAmount(o, MuleOptions::withMinAmount);
  }

  @Override
  DetectionResult<MuleOptions, MuleFinding> detect(TemporalIndex index, MuleOptions options) {
    return MuleDetector.detect(index, options);
  }

  @Override
  TextTable table(List<MuleFinding> findings) {
    TextTable t = new TextTable("account", "start", "end", "episodes", "received", "passed on", "retention")
        .rightAlign(3, 4, 5, 6);
    for (MuleFinding f : findings) {
      t.row(f.account(), f.start(), f.end(), f.episodes().size(), money(f.totals()), f.passedOn(),
          f.retention().toPlainString());
    }
    return t;
  }
}
