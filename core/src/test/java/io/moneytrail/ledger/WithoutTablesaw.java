package io.moneytrail.ledger;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ledger.Ledger;
import java.nio.file.Path;

/** Loaded in a class loader without Tablesaw by {@link LedgerWithoutTablesawTest}: loads a file and runs analyses. */
public final class WithoutTablesaw {
  private WithoutTablesaw() {}

  /**
   * @param csv a moneytrail CSV with extra columns
   * @return rows, an extra cell of the first row, fan-in, mule and cycle counts, joined by {@code |}
   */
  public static String run(String csv) {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of(csv)).ledger();
    FlowGraph graph = FlowGraph.of(ledger);
    return ledger.size() + "|" + ledger.extra("channel", 0).orElse("") + "|"
        + FanDetector.fanIn(graph.index(), BurstOptions.FAN_DEFAULTS).count() + "|"
        + MuleDetector.detect(graph.index(), MuleOptions.defaults()).count() + "|"
        + TemporalCycles.find(graph, CycleOptions.defaults()).count();
  }
}
