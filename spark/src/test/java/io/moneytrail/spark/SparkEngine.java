package io.moneytrail.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import io.moneytrail.analysis.Detector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The engine under test: the same fixture through {@link SparkLedger} and {@link SparkDetectors}. */
final class SparkEngine implements Engine {
  private final SparkSession spark;

  SparkEngine(SparkSession spark) {
    this.spark = spark;
  }

  @Override
  public EngineResult run(Fixture fixture) {
    List<String> paths = fixture.files().stream().map(java.nio.file.Path::toString).toList();
    SparkLedger ledger = SparkLedger.readCsv(spark, fixture.ingest(), paths);
    List<String> rejects = new ArrayList<>();
    for (Row r : ledger.rejects().orderBy("file_index", "line").collectAsList()) {
      rejects.add(new Path(r.getString(1)).getName() + "|" + r.getLong(2) + "|" + (r.isNullAt(3) ? "" : r.getString(3))
          + "|" + (r.isNullAt(4) ? "" : r.getString(4)) + "|" + r.getString(5) + "|" + r.getString(6));
    }
    Map<String, List<String>> findings = new LinkedHashMap<>();
    Map<String, Boolean> truncated = new LinkedHashMap<>();
    try {
      SparkDetectors.run(ledger, List.of(Detector.values()), fixture.settings(), fixture.bucketLength())
          .forEach((a, f) -> {
            findings.put(a.id(), f.findings());
            truncated.put(a.id(), f.truncated());
          });
    } finally {
      ledger.unpersist();
    }
    return new EngineResult(ledger.rowsRead(), ledger.rowsLoaded(), rejects, findings, truncated);
  }
}
