package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pattern findings as CSV: header, one row per finding, formula triggers neutralised. */
class FindingsCsvTest {
  @Test
  void writesHeaderAndNeutralisesAccountsThatLookLikeFormulas() throws Exception {
    Instant t = Instant.parse("2025-03-01T00:00:00Z");
    Ledger ledger = Ledger.builder()
        .add("t1", t, "=HYPERLINK(1)", "B", 100, "EUR")
        .add("t2", t.plusSeconds(60), "=HYPERLINK(1)", "C", 200, "EUR")
        .build();
    var result = FanDetector.fanOut(FlowGraph.of(ledger).index(), BurstOptions.FAN_DEFAULTS.withMinCounterparties(2));
    StringWriter out = new StringWriter();
    FindingsCsv.write(Detector.FAN_OUT, result.rows(), out);
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    assertEquals("kind,account,counterparty_count,counterparties,start,end,currency,total,transaction_count,transactions,rule",
        lines[0]);
    assertEquals("fan-out,'=HYPERLINK(1),2,B;C,2025-03-01T00:00:00Z,2025-03-01T00:01:00Z,EUR,3.00,2,t1;t2,\""
        + result.findings().get(0).rule() + "\"", lines[1]);
  }

  @Test
  void anEmptyResultIsJustTheHeader() throws Exception {
    Ledger ledger = Ledger.builder().add("t1", Instant.EPOCH, "A", "B", 100, "EUR").build();
    StringWriter out = new StringWriter();
    FindingsCsv.write(Detector.FAN_IN, FanDetector.fanIn(FlowGraph.of(ledger).index(), BurstOptions.FAN_DEFAULTS).rows(), out);
    assertEquals("kind,account,counterparty_count,counterparties,start,end,currency,total,transaction_count,transactions,rule\n",
        out.toString());
  }
}
