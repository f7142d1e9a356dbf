package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.GatherScatterDetector;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.analysis.patterns.ScatterGatherDetector;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.report.Json;
import io.moneytrail.report.cases.AnalysisSettings;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference: core's reader and detectors on one machine, as the CLI runs them. */
final class CoreEngine implements Engine {
  @Override
  public EngineResult run(Fixture fixture) {
    LoadResult load = LedgerReader.read(fixture.ingest(), fixture.files().toArray(new java.nio.file.Path[0]));
    List<String> rejects = new ArrayList<>();
    for (RejectedRow r : load.rejects()) {
      rejects.add(r.file().getFileName() + "|" + r.line() + "|" + r.column().orElse("") + "|" + r.value().orElse("")
          + "|" + r.reason() + "|" + r.rawText());
    }
    TemporalIndex index = FlowGraph.of(load.ledger()).index();
    AnalysisSettings s = fixture.settings();
    Map<String, List<String>> findings = new LinkedHashMap<>();
    Map<String, Boolean> truncated = new LinkedHashMap<>();
    put(findings, truncated, FanDetector.fanOut(index, s.fanOut()));
    put(findings, truncated, FanDetector.fanIn(index, s.fanIn()));
    put(findings, truncated, ScatterGatherDetector.detect(index, s.scatterGather()));
    put(findings, truncated, GatherScatterDetector.detect(index, s.gatherScatter()));
    put(findings, truncated, MuleDetector.detect(index, s.mules()));
    put(findings, truncated, StructuringDetector.detect(index, s.structuring()));
    CycleResult cycles = TemporalCycles.find(index, s.cycles());
    List<String> list = new ArrayList<>();
    for (Cycle c : cycles.cycles()) {
      list.add(json(c.toJsonTree()));
    }
    findings.put(SparkAnalysis.CYCLES.id(), list);
    truncated.put(SparkAnalysis.CYCLES.id(), cycles.truncated());
    return new EngineResult(load.rowsRead(), load.rowsLoaded(), rejects, findings, truncated);
  }

  private static void put(Map<String, List<String>> findings, Map<String, Boolean> truncated,
      DetectionResult<?, ? extends PatternFinding> result) {
    List<String> list = new ArrayList<>();
    for (PatternFinding f : result.findings()) {
      list.add(json(f.toJsonTree()));
    }
    findings.put(result.kind().id(), list);
    truncated.put(result.kind().id(), false);
  }

  static String json(Object tree) {
    try {
      return Json.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
