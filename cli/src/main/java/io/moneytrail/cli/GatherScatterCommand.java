package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.GatherScatterDetector;
import io.moneytrail.analysis.patterns.GatherScatterFinding;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.graph.TemporalIndex;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code moneytrail gather-scatter}: a hub paid by many sources that pays many sinks. */
@Command(name = "gather-scatter", mixinStandardHelpOptions = true,
    description = "Find gather-scatter: >= K distinct sources pay a hub, and the hub pays >= K distinct sinks after the "
        + "first of those inflows, all within D.")
final class GatherScatterCommand extends PatternCommand<GatherScatterOptions, GatherScatterFinding> {
  @Mixin
  CounterpartyWindowMixin counterparties;

  @Override
  GatherScatterOptions options() {
    return withMinAmount(counterparties.apply(GatherScatterOptions.defaults(),
        GatherScatterOptions::withMinCounterparties, GatherScatterOptions::withWindow), GatherScatterOptions::withMinAmount);
  }

  @Override
  DetectionResult<GatherScatterOptions, GatherScatterFinding> detect(TemporalIndex index, GatherScatterOptions options) {
    return GatherScatterDetector.detect(index, options);
  }

  @Override
  TextTable table(List<GatherScatterFinding> findings) {
    TextTable t = new TextTable("hub", "start", "end", "sources", "sinks", "payments", "gathered", "scattered")
        .rightAlign(3, 4, 5, 6, 7);
    for (GatherScatterFinding f : findings) {
      t.row(f.hub(), f.start(), f.end(), f.sources().size(), f.sinks().size(), f.transactions().size(),
          money(f.totals()), money(f.scatteredTotals()));
    }
    return t;
  }
}
