package io.moneytrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.report.cases.AnalysisSettings;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void loadsAndRuns() {
    SparkSession spark = LocalSpark.start();
    long t0 = System.nanoTime();
    SparkLedger l = SparkLedger.readCsv(spark, IngestOptions.defaults(), List.of("../examples/data/scam-centre.csv"));
    System.out.println("load " + (System.nanoTime() - t0) / 1e6 + " ms, rows " + l.rowsLoaded());
    for (SparkAnalysis a : SparkAnalysis.values()) {
      t0 = System.nanoTime();
      SparkFindings f = SparkDetectors.run(l, a, AnalysisSettings.defaults());
      System.out.println(a + " " + f.count() + " " + (System.nanoTime() - t0) / 1e6 + " ms");
      if (f.count() > 0) System.out.println("  " + f.findings().get(0));
    }
    assertEquals(l.rowsRead(), l.rowsLoaded() + l.rowsRejected());
    spark.stop();
  }
}
