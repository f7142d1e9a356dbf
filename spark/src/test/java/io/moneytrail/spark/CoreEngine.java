package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.report.Json;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Finding;
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
    for (Detector d : Detector.values()) {
      DetectorResult<? extends Finding> result = d.run(index, s);
      List<String> list = new ArrayList<>();
      for (Finding f : result.findings()) {
        list.add(json(f.toJsonTree()));
      }
      findings.put(d.id(), list);
      truncated.put(d.id(), result.truncated());
    }
    return new EngineResult(load.rowsRead(), load.rowsLoaded(), rejects, findings, truncated);
  }

  static String json(Object tree) {
    try {
      return Json.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
