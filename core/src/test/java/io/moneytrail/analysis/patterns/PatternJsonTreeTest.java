package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Detector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON trees and flat rows of results: exact keys, order and values. */
class PatternJsonTreeTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");

  private static Instant h(int hours) {
    return T.plus(Duration.ofHours(hours));
  }

  @Test
  void fanOutTreeHasParametersCountAndEveryEvidenceKeyWithMixedCurrencyTotals() {
    Ledger ledger = Ledger.builder()
        .add("t1", h(0), "A", "B", 150, "EUR")
        .add("t2", h(1), "A", "C", 250, "USD")
        .add("t3", h(2), "A", "D", 1000, "EUR")
        .build();
    var result = FanDetector.fanOut(FlowGraph.of(ledger).index(), BurstOptions.FAN_DEFAULTS.withMinCounterparties(3));
    Map<String, Object> tree = result.toJsonTree();
    assertEquals(List.of("schemaVersion", "detector", "parameters", "truncated", "count", "findings"),
        List.copyOf(tree.keySet()));
    assertEquals("fan-out", tree.get("detector"));
    assertEquals(Map.of("minCounterparties", 3, "window", "PT168H", "minAmount", "0"), tree.get("parameters"));
    assertEquals(1, tree.get("count"));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("kind", "fan-out");
    expected.put("account", "A");
    expected.put("counterparties", List.of("B", "C", "D"));
    expected.put("transactions", List.of("t1", "t2", "t3"));
    expected.put("start", "2025-03-01T00:00:00Z");
    expected.put("end", "2025-03-01T02:00:00Z");
    expected.put("total", "11.50 EUR + 2.50 USD");
    expected.put("currency", "EUR+USD");
    expected.put("totals", Map.of("EUR", "11.50", "USD", "2.50"));
    expected.put("rule", result.findings().get(0).rule());
    @SuppressWarnings("unchecked")
    Map<String, Object> finding = ((List<Map<String, Object>>) tree.get("findings")).get(0);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(finding.keySet()));
    assertEquals(expected, finding);
    assertEquals(List.of(List.of("fan-out", "A", "3", "B;C;D", "2025-03-01T00:00:00Z", "2025-03-01T02:00:00Z", "EUR+USD",
        "11.50 EUR + 2.50 USD", "3", "t1;t2;t3", result.findings().get(0).rule())), result.rows());
  }

  @Test
  void muleTreeListsEpisodesWithOutflowsAndRetention() {
    Ledger ledger = Ledger.builder()
        .add("in1", h(0), "X", "M", 10000, "EUR")
        .add("out1", h(5), "M", "Y", 9000, "EUR")
        .add("in2", h(48), "X", "M", 10000, "EUR")
        .add("out2", h(50), "M", "Y", 9000, "EUR")
        .build();
    var result = MuleDetector.detect(FlowGraph.of(ledger).index(), MuleOptions.defaults());
    Map<String, Object> tree = result.toJsonTree();
    assertEquals(Map.of("ratio", "0.8", "maxDelay", "PT72H", "minEpisodes", 2, "minAmount", "0"), tree.get("parameters"));
    @SuppressWarnings("unchecked")
    Map<String, Object> f = ((List<Map<String, Object>>) tree.get("findings")).get(0);
    assertEquals(List.of("kind", "account", "episodes", "retention", "transactions", "start", "end", "total", "currency",
        "totals", "passedOn", "totalIn", "totalOut", "rule"), List.copyOf(f.keySet()));
    assertEquals("mules", f.get("kind"));
    assertEquals("M", f.get("account"));
    assertEquals("0.1000", f.get("retention"));
    assertEquals("200.00", f.get("total"));
    assertEquals("180.00", f.get("passedOn"));
    assertEquals(List.of("in1", "out1", "in2", "out2"), f.get("transactions"));
    Map<String, Object> episode = new LinkedHashMap<>();
    episode.put("inflow", "in1");
    episode.put("sender", "X");
    episode.put("received", "2025-03-01T00:00:00Z");
    episode.put("amount", "100.00");
    episode.put("passedOn", "100.00");
    episode.put("delay", "PT5H"); // out1 alone reaches the ratio 0.8
    // first in, first out: out1 covers 90.00 of in1, out2 (within 72 h of in1) its remaining 10.00
    episode.put("outflows", List.of(
        Map.of("transaction", "out1", "receiver", "Y", "time", "2025-03-01T05:00:00Z", "amount", "90.00",
            "allocated", "90.00"),
        Map.of("transaction", "out2", "receiver", "Y", "time", "2025-03-03T02:00:00Z", "amount", "90.00",
            "allocated", "10.00")));
    assertEquals(episode, ((List<?>) f.get("episodes")).get(0));
    assertEquals(Detector.MULES.columns().size(), result.rows().get(0).size());
  }

  @Test
  void structuringTreeNamesTheDirectionAndParametersListPerCurrencyThresholds() {
    Ledger ledger = Ledger.builder()
        .add("s1", h(0), "R", "C", 950000, "EUR")
        .add("s2", h(24), "R", "C", 960000, "EUR")
        .add("s3", h(48), "R", "C", 970000, "EUR")
        .build();
    StructuringOptions options = StructuringOptions.defaults().withThreshold("GBP", new BigDecimal("8000.00"));
    var result = StructuringDetector.detect(FlowGraph.of(ledger).index(), options);
    Map<String, Object> tree = result.toJsonTree();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("threshold", "10000");
    params.put("thresholds", Map.of("GBP", "8000"));
    params.put("margin", "0.1");
    params.put("minCount", 3);
    params.put("window", "PT168H");
    params.put("minAmount", "0");
    assertEquals(params, tree.get("parameters"));
    assertEquals(2, tree.get("count"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) tree.get("findings");
    Map<String, String> byAccount = new LinkedHashMap<>();
    for (Map<String, Object> f : findings) {
      byAccount.put((String) f.get("account"), (String) f.get("direction"));
      assertEquals("28800.00", f.get("total"));
      assertEquals("EUR", f.get("currency"));
    }
    assertEquals(Map.of("R", "sent", "C", "received"), byAccount);
  }

  @Test
  void scatterGatherAndGatherScatterTreesNameTheirAccounts() {
    Ledger ledger = Ledger.builder()
        .add("a1", h(0), "S", "I1", 100, "EUR")
        .add("a2", h(0), "S", "I2", 100, "EUR")
        .add("a3", h(0), "S", "I3", 100, "EUR")
        .add("b1", h(1), "I1", "T", 90, "EUR")
        .add("b2", h(1), "I2", "T", 90, "EUR")
        .add("b3", h(1), "I3", "T", 90, "EUR")
        .build();
    var index = FlowGraph.of(ledger).index();
    @SuppressWarnings("unchecked")
    Map<String, Object> sg = ((List<Map<String, Object>>) ScatterGatherDetector.detect(index,
        BurstOptions.LAYERING_DEFAULTS).toJsonTree().get("findings")).get(0);
    assertEquals(List.of("kind", "source", "sink", "intermediaries", "transactions", "start", "end", "total", "currency",
        "totals", "gatheredTotal", "gatheredTotals", "rule"), List.copyOf(sg.keySet()));
    assertEquals("scatter-gather", sg.get("kind"));
    assertEquals(List.of("I1", "I2", "I3"), sg.get("intermediaries"));
    assertEquals("3.00", sg.get("total"));
    assertEquals("2.70", sg.get("gatheredTotal"));

    Ledger hub = Ledger.builder()
        .add("g1", h(0), "S1", "H", 100, "EUR")
        .add("g2", h(0), "S2", "H", 100, "EUR")
        .add("g3", h(0), "S3", "H", 100, "EUR")
        .add("o1", h(1), "H", "K1", 90, "EUR")
        .add("o2", h(1), "H", "K2", 90, "EUR")
        .add("o3", h(1), "H", "K3", 90, "EUR")
        .build();
    var gsResult = GatherScatterDetector.detect(FlowGraph.of(hub).index(), BurstOptions.LAYERING_DEFAULTS);
    @SuppressWarnings("unchecked")
    Map<String, Object> gs = ((List<Map<String, Object>>) gsResult.toJsonTree().get("findings")).get(0);
    assertEquals(List.of("kind", "hub", "sources", "sinks", "transactions", "start", "end", "total", "currency", "totals",
        "scatteredTotal", "scatteredTotals", "rule"), List.copyOf(gs.keySet()));
    assertEquals("H", gs.get("hub"));
    assertEquals(List.of("S1", "S2", "S3"), gs.get("sources"));
    assertEquals(List.of("K1", "K2", "K3"), gs.get("sinks"));
    assertEquals(Detector.GATHER_SCATTER.columns().size(), gsResult.rows().get(0).size());
    assertEquals(new Money(270, 2, "EUR"), gsResult.findings().get(0).scatteredTotals().get(0));
  }
}
