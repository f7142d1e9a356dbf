package io.moneytrail.analysis.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled scam-centre scenario ({@code examples/data/scam-centre.csv}) contains one planted
 * round trip COLLECTOR-2 -> SHELL-A-LTD -> SHELL-B-LTD -> SHELL-C-LTD -> COLLECTOR-2 over six days,
 * each hop passing on exactly 96% of the previous one. The search must find it with the defaults and
 * with amount rules at their exact boundary.
 */
class TemporalCyclesScamCentreTest {
  private static final List<String> ROUND_TRIP_IDS = List.of("TX00504", "TX00514", "TX00526", "TX00535");
  private static final List<String> ROUND_TRIP_ACCOUNTS = List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD");

  private static FlowGraph graph;

  @BeforeAll
  static void load() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/scam-centre.csv")).ledger();
    graph = FlowGraph.of(ledger);
  }

  private static Optional<Cycle> roundTrip(CycleResult result) {
    return result.cycles().stream().filter(c -> c.transactions().equals(ROUND_TRIP_IDS)).findFirst();
  }

  @Test
  void defaultSearchFindsTheShellCompanyRoundTripWithItsEvidence() {
    CycleResult result = TemporalCycles.find(graph, CycleOptions.defaults());
    assertFalse(result.truncated());
    Cycle c = roundTrip(result).orElseThrow(() -> new AssertionError("round trip not found in " + result.cycles()));
    assertEquals(ROUND_TRIP_ACCOUNTS, c.accounts());
    assertEquals(Instant.parse("2025-04-18T14:00:00Z"), c.start());
    assertEquals(Instant.parse("2025-04-24T14:00:00Z"), c.end());
    assertEquals(Duration.ofDays(6), c.duration());
    assertEquals(List.of("25000.00", "24000.00", "23040.00", "22118.40"), c.amountStrings());
    assertEquals(Optional.of("EUR"), c.currency());
    assertEquals("94158.40", c.total().orElseThrow().toDecimalString());
    assertEquals("22118.40", c.minimumHop().orElseThrow().toDecimalString());
  }

  @Test
  void roundTripIsTheOnlyCycleThatLosesAtMostFourPercentPerHopWithoutGain() {
    CycleResult result = TemporalCycles.find(graph,
        CycleOptions.defaults().withMaxLoss(new BigDecimal("0.04")).withMaxGain(BigDecimal.ZERO));
    assertEquals(List.of(ROUND_TRIP_IDS), result.cycles().stream().map(Cycle::transactions).toList());
  }

  @Test
  void roundTripNeedsAFourPercentLossAllowanceAndASixDayWindow() {
    assertTrue(roundTrip(TemporalCycles.find(graph, CycleOptions.defaults().withMaxLoss(new BigDecimal("0.0399")))).isEmpty());
    assertTrue(roundTrip(TemporalCycles.find(graph, CycleOptions.defaults().withWindow(Duration.ofDays(6)))).isPresent());
    assertTrue(roundTrip(TemporalCycles.find(graph,
        CycleOptions.defaults().withWindow(Duration.ofDays(6).minusMillis(1)))).isEmpty());
    assertTrue(roundTrip(TemporalCycles.find(graph, CycleOptions.defaults().withMaxLength(3))).isEmpty());
  }

  @Test
  void staticModeAlsoSeesTheShellCompanyLoop() {
    CycleResult result = TemporalCycles.find(graph, CycleOptions.defaults().withIgnoreTime(true));
    assertTrue(result.pairCycles().stream().anyMatch(c -> c.accounts().equals(ROUND_TRIP_ACCOUNTS)),
        () -> "static cycles: " + result.pairCycles());
  }
}
