package io.moneytrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, kept compiling and correct. */
class ReadmeExampleTest {
  @Test
  void readmeExampleRunsTheMainJobAndGetsCases() {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of("..", "examples", "data", "scam-centre.csv"));
    assertEquals(558, load.rowsLoaded());
    AnalysisSettings settings = AnalysisSettings.defaults().set("fan-in.window", "3d");
    assertEquals(Duration.ofDays(3), settings.options(Detector.FAN_IN, BurstOptions.class).window());
    AnalysisResult result = Analysis.run(load, settings);
    assertFalse(result.cases().isEmpty());
    Case top = result.cases().get(0);
    for (Case c : result.cases()) {
      assertTrue(c.risk().total() <= top.risk().total());
      assertFalse(c.statement().isEmpty());
      assertEquals(c.risk().total(), Math.min(100, c.risk().components().stream().mapToInt(k -> k.points()).sum()));
    }
    assertTrue(result.cases().stream().anyMatch(c -> c.typologies().contains(Detector.CYCLES)));
    // every transaction of this two-month file is examined, so the detector alone finds the same
    assertEquals(result.findings(Detector.FAN_IN).size(),
        Detector.FAN_IN.run(FlowGraph.of(load.ledger()).index(), settings).count());
  }
}
