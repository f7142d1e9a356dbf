package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.FanOptions;
import java.util.List;
import picocli.CommandLine.Mixin;

/** Fan-out and fan-in share their options and table; the subclasses choose the direction. */
abstract class FanCommand extends PatternCommand<FanOptions, FanFinding> {
  @Mixin
  CounterpartyWindowMixin counterparties;

  @Override
  FanOptions options() {
    return withMinAmount(counterparties.apply(FanOptions.defaults(), FanOptions::withMinCounterparties,
        FanOptions::withWindow), FanOptions::withMinAmount);
  }

  @Override
  TextTable table(List<FanFinding> findings) {
    TextTable t = new TextTable("account", "start", "end", "counterparties", "payments", "total").rightAlign(3, 4, 5);
    for (FanFinding f : findings) {
      t.row(f.account(), f.start(), f.end(), f.counterparties().size(), f.transactions().size(), money(f.totals()));
    }
    return t;
  }
}
