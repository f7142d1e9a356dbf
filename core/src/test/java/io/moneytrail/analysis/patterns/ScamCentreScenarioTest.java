package io.moneytrail.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Money;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled scam-centre scenario ({@code examples/data/scam-centre.csv}) with every detector at its
 * default options: the planted mules, collectors, the collector's fan-out and scatter-gather to the
 * crypto exchange, and the runner's structuring are found, and the benign accounts are not flagged.
 */
class ScamCentreScenarioTest {
  private static final Path DATA = Path.of("../examples/data/scam-centre.csv");
  private static final Set<String> MULES = Set.of("MULE-01", "MULE-02", "MULE-03", "MULE-04", "MULE-05", "MULE-06");
  private static final Set<String> LAYERS = Set.of("LAYER-01", "LAYER-02", "LAYER-03", "LAYER-04", "LAYER-05", "LAYER-06");

  private static TemporalIndex index;

  @BeforeAll
  static void load() {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), DATA);
    assertEquals(0, load.rowsRejected(), "the bundled scenario loads without rejects");
    index = FlowGraph.of(load.ledger()).index();
  }

  private static boolean benign(String account) {
    return account.matches("P\\d+|EMPLOYER-\\d+|LANDLORD-CO|POWER-UTIL|SHOP-\\d+|VICTIM-\\d+");
  }

  @Test
  void everyMuleIsFoundAndNoBenignAccountPassesMoneyThrough() {
    var result = MuleDetector.detect(index, MuleOptions.defaults());
    Set<String> flagged = result.findings().stream().map(MuleFinding::account).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(flagged.containsAll(MULES), "flagged: " + flagged);
    assertTrue(flagged.stream().noneMatch(ScamCentreScenarioTest::benign), "flagged: " + flagged);
    for (MuleFinding f : result.findings()) {
      if (MULES.contains(f.account())) {
        assertTrue(f.episodes().size() >= 2, f.account() + " has " + f.episodes().size() + " episodes");
        assertTrue(f.episodes().stream().allMatch(e -> e.sender().startsWith("VICTIM-")), f.account() + " episodes");
        assertTrue(f.episodes().stream().flatMap(e -> e.outflows().stream())
            .allMatch(o -> o.receiver().startsWith("COLLECTOR-")), f.account() + " onward payments");
      }
    }
  }

  @Test
  void bothCollectorsAreFanInsFromTheMules() {
    var result = FanDetector.fanIn(index, BurstOptions.FAN_DEFAULTS);
    for (String collector : List.of("COLLECTOR-1", "COLLECTOR-2")) {
      List<FanFinding> at = result.findings().stream().filter(f -> f.account().equals(collector)).toList();
      assertTrue(!at.isEmpty(), collector + " is a fan-in");
      assertTrue(at.stream().allMatch(f -> MULES.containsAll(f.counterparties()) || f.counterparties().contains("RUNNER-1")
          || f.counterparties().stream().anyMatch(c -> c.startsWith("SHELL-"))), collector + ": " + at);
      assertTrue(at.stream().anyMatch(f -> f.counterparties().size() >= 5 && MULES.containsAll(f.counterparties())),
          collector + " is paid by >= 5 mules within a week: " + at);
    }
  }

  @Test
  void collectorOneFansOutToTheSixLayerAccounts() {
    var result = FanDetector.fanOut(index, BurstOptions.FAN_DEFAULTS);
    List<FanFinding> c1 = result.findings().stream().filter(f -> f.account().equals("COLLECTOR-1")).toList();
    assertEquals(1, c1.size(), "one fan-out burst of COLLECTOR-1: " + c1);
    FanFinding f = c1.get(0);
    assertEquals(List.copyOf(new TreeSet<>(LAYERS)), f.counterparties());
    assertEquals(List.of("TX00476", "TX00477", "TX00478", "TX00482", "TX00484", "TX00485"), f.transactions());
    assertEquals(Instant.parse("2025-04-15T09:05:00Z"), f.start());
    assertEquals(Instant.parse("2025-04-15T14:05:00Z"), f.end());
    assertEquals(List.of(new Money(2775000, 2, "EUR")), f.totals());
  }

  @Test
  void collectorOneScattersThroughTheLayersAndGathersAtTheCryptoExchange() {
    var result = ScatterGatherDetector.detect(index, BurstOptions.LAYERING_DEFAULTS);
    List<ScatterGatherFinding> found = result.findings().stream()
        .filter(f -> f.source().equals("COLLECTOR-1") && f.sink().equals("CRYPTO-EXCHANGE-X")).toList();
    assertEquals(1, found.size(), "findings: " + result.findings());
    ScatterGatherFinding f = found.get(0);
    assertEquals(List.copyOf(new TreeSet<>(LAYERS)), f.intermediaries());
    assertEquals(List.of("TX00476", "TX00477", "TX00478", "TX00482", "TX00484", "TX00485",
        "TX00489", "TX00490", "TX00491", "TX00497", "TX00498", "TX00499"), f.transactions());
    assertEquals(List.of(new Money(2775000, 2, "EUR")), f.totals());
    assertEquals(List.of(new Money(2715000, 2, "EUR")), f.gatheredTotals());
  }

  @Test
  void runnerOneStructuresCashDepositsJustUnderTenThousand() {
    var result = StructuringDetector.detect(index, StructuringOptions.defaults());
    List<String> runnerTx = List.of("TX00515", "TX00522", "TX00527", "TX00532");
    List<StructuringFinding> sent = result.findings().stream()
        .filter(f -> f.account().equals("RUNNER-1") && f.direction() == Direction.SENT).toList();
    assertEquals(1, sent.size(), "findings: " + result.findings());
    assertEquals(runnerTx, sent.get(0).transactions());
    assertEquals(List.of("COLLECTOR-2"), sent.get(0).counterparties());
    assertEquals(List.of(new Money(3905000, 2, "EUR")), sent.get(0).totals());
    assertTrue(result.findings().stream().anyMatch(f -> f.account().equals("COLLECTOR-2")
        && f.direction() == Direction.RECEIVED && f.transactions().containsAll(runnerTx)), "findings: " + result.findings());
    assertTrue(result.findings().stream().map(StructuringFinding::account).noneMatch(ScamCentreScenarioTest::benign),
        "benign structuring: " + result.findings());
  }
}
