package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.ScatterGatherDetector;
import io.moneytrail.analysis.patterns.ScatterGatherFinding;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.graph.TemporalIndex;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moneytrail scatter-gather}: a source paying intermediaries that all pay one sink. */
@Command(name = "scatter-gather", mixinStandardHelpOptions = true,
    description = "Find scatter-gather: a source pays >= K distinct intermediaries, each of which then pays one common "
        + "sink, all within D.")
final class ScatterGatherCommand extends PatternCommand<ScatterGatherOptions, ScatterGatherFinding> {
  @Mixin
  CounterpartyWindowMixin counterparties;

  @Override
  ScatterGatherOptions options() {
    return withMinAmount(counterparties.apply(ScatterGatherOptions.defaults(),
        ScatterGatherOptions::withMinCounterparties, ScatterGatherOptions::withWindow), ScatterGatherOptions::withMinAmount);
  }

  @Override
  DetectionResult<ScatterGatherOptions, ScatterGatherFinding> detect(TemporalIndex index, ScatterGatherOptions options) {
    return ScatterGatherDetector.detect(index, options);
  }

  @Override
  TextTable table(List<ScatterGatherFinding> findings) {
    TextTable t = new TextTable("source", "sink", "start", "end", "intermediaries", "payments", "scattered", "gathered")
        .rightAlign(4, 5, 6, 7);
    for (ScatterGatherFinding f : findings) {
      t.row(f.source(), f.sink(), f.start(), f.end(), f.intermediaries().size(), f.transactions().size(),
          money(f.totals()), money(f.gatheredTotals()));
    }
    return t;
  }
}
