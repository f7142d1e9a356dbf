package io.moneytrail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, kept compiling and correct. */
class ReadmeExampleTest {
  @Test
  void readmeExampleFindsTheShellCompanyRoundTrip() {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of("..", "examples", "data", "scam-centre.csv"));
    assertEquals(558, load.rowsLoaded());
    FlowGraph graph = FlowGraph.of(load.ledger());
    CycleResult cycles = TemporalCycles.find(graph, CycleOptions.defaults().withWindow(Duration.ofDays(14)));
    assertEquals(1, cycles.cycles().size());
    assertEquals(List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD"), cycles.cycles().get(0).accounts());
  }
}
