package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectionTest {
  @Test
  void summarisesTheAmlworldSampleExactly() {
    Inspection in = Inspection.of(LedgerReader.read(IngestOptions.defaults(), Path.of("..", "examples", "data", "amlworld-sample.csv")));
    assertEquals(10, in.accounts());
    assertEquals(5, in.selfTransfers());
    assertEquals(Map.of("Euro", java.math.BigInteger.valueOf(229000), "US Dollar", java.math.BigInteger.valueOf(6542680)), Map.copyOf(in.totals()));
    Map<String, Object> json = in.toJsonTree();
    assertEquals(Map.of("Euro", "2290.00", "US Dollar", "65426.80"), json.get("totals"));
    assertEquals("2022-09-01T00:00:00Z", json.get("start"));
    assertEquals("2022-09-03T07:15:00Z", json.get("end"));
    List<Inspection.AccountVolume> top = in.topSenders().get("US Dollar");
    assertEquals("010:8000F5200", top.get(0).account());
    assertEquals(java.math.BigInteger.valueOf(3668297), top.get(0).total());
  }
}
