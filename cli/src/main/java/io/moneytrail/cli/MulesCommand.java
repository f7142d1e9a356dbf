package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.graph.TemporalIndex;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moneytrail mules}: pass-through accounts. */
@Command(name = "mules", mixinStandardHelpOptions = true,
    description = "Find pass-through (mule) accounts: money received and >= R of it paid onward within D, at least M "
        + "times (outflows allocated to inflows first in, first out, per currency).")
final class MulesCommand extends PatternCommand<MuleOptions, MuleFinding> {
  @Mixin
  MuleOptionsMixin mule;

  @Override
  MuleOptions options() {
    return withMinAmount(mule.apply(MuleOptions.defaults()), MuleOptions::withMinAmount);
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
