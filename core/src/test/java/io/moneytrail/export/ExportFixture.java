package io.moneytrail.export;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.ReportOptions;
import io.moneytrail.report.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Report folders to export from: the bundled scenario, and one with hostile names. */
final class ExportFixture {
  static final Path SCAM = Path.of("../examples/data/scam-centre.csv");
  static final String NASTY = "=cmd|\"quote\"<x>&\u0007\n";

  private ExportFixture() {}

  static AnalysisResult analyse(Path input) {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), input);
    return Analysis.run(load, AnalysisSettings.defaults());
  }

  static Path report(Path input, Path dir) throws Exception {
    CaseReport.write(analyse(input), new RunInfo("test", List.of("moneytrail", "analyze"), Map.of(), Duration.ZERO),
        ReportOptions.defaults(), dir);
    return dir;
  }

  /** A fan-in of six new senders into a mule with a hostile name, who pays it all on at once. */
  static Path hostileInput(Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency,reference\n");
    String mule = q(NASTY);
    for (int i = 1; i <= 6; i++) {
      csv.append("T").append(i).append(",2025-03-01T1").append(i).append(":00:00Z,S").append(i).append(',').append(mule)
          .append(",1000.0").append(i).append(",EUR,").append(q("inv \"" + i + "\"\nline2")).append('\n');
    }
    for (int i = 1; i <= 6; i++) {
      csv.append("U").append(i).append(",2025-03-02T0").append(i).append(":00:00Z,").append(mule).append(",O").append(i)
          .append(",1000.0").append(i).append(",EUR,\n");
    }
    Path f = dir.resolve("hostile.csv");
    Files.writeString(f, csv);
    return f;
  }

  private static String q(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
