package io.moneytrail.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceResult.Endpoint;
import io.moneytrail.analysis.trace.TraceResult.EndpointKind;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ledger.Ledger;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled scam-centre scenario (examples/data/scam-centre.csv), amounts computed by hand. */
class ScamCentreTraceTest {
  private static final Set<String> CASH_OUTS = Set.of("CRYPTO-EXCHANGE-X", "CASH-OUT-ATM", "MSB-REMIT-7", "SHELL-A-LTD");
  private static FlowGraph graph;

  @BeforeAll
  static void load() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/scam-centre.csv")).ledger();
    graph = FlowGraph.of(ledger);
  }

  @Test
  void victimsPaymentReachesTheExchangeWithTheHandComputedAmount() {
    // FIFO: MULE-01 passes 2250.00 of the victim's 2500.00 to COLLECTOR-1 (TX00093); it is
    // COLLECTOR-1's oldest money, so its first payout TX00476 (4000.00) carries all 2250.00 to
    // LAYER-01, which pays 3900.00 of that mixed 4000.00 lot to the exchange: 2250 * 39/40 = 2193.75.
    // The other 250.00 leaves MULE-01 with TX00217 (7125.00) for COLLECTOR-2.
    TraceResult r = Tracer.trace(graph, TraceStart.transaction("TX00082"),
        TraceOptions.defaults().withStopAccounts(CASH_OUTS));
    Map<String, Long> flows = TraceFixtures.flowAmounts(r);
    assertEquals(250_000L, flows.get("TX00082"));
    assertEquals(225_000L, flows.get("TX00093"));
    assertEquals(25_000L, flows.get("TX00217"));
    assertEquals(225_000L, flows.get("TX00476"));
    assertEquals(219_375L, flows.get("TX00489"));
    assertEquals(new Endpoint("CRYPTO-EXCHANGE-X", 219_375, EndpointKind.STOPPED), r.endpoints().get(0));
    assertEquals(5_625L, r.account("LAYER-01").orElseThrow().resting());
    // COLLECTOR-2 holds 28519.00 older money when the 7125.00 lot (250.00 traced) arrives; the
    // 25000.00 payout takes older money only, the ATM's 9000.00 takes the last 3519.00 of it and
    // 5481.00 of the lot: 250 * 5481/7125 = 192.3158 -> 192.32; the MSB's 15000.00 the rest, 57.68.
    assertEquals(19_232L, flows.get("TX00550"));
    assertEquals(5_768L, flows.get("TX00551"));
    assertEquals(7, r.flows().size());
    assertTrue(r.conservation().holds(), r.conservation().statement());
    assertEquals(250_000L, r.conservation().start());
  }

  @Test
  void backwardFromTheExchangePaymentFindsTheVictims() {
    // TX00489 (3900.00) is 39/40 of LAYER-01's only inflow TX00476 (4000.00), which FIFO paid from
    // COLLECTOR-1's two oldest receipts: TX00093 (2250.00, all) and the first 1750.00 of TX00140.
    // Spread evenly: 2193.75 from TX00093 (so from VICTIM-01 via MULE-01) and 1706.25 from
    // TX00140 (from VICTIM-02 via MULE-02); victims have no recorded inflows, so it originates there.
    TraceResult r = Tracer.trace(graph, TraceStart.transaction("TX00489"),
        TraceOptions.defaults().withDirection(Direction.BACKWARD));
    Map<String, Long> flows = TraceFixtures.flowAmounts(r);
    assertEquals(219_375L, flows.get("TX00093"));
    assertEquals(170_625L, flows.get("TX00140"));
    assertEquals(219_375L, flows.get("TX00082"));
    assertEquals(java.util.List.of(new Endpoint("VICTIM-01", 219_375, EndpointKind.ORIGIN),
        new Endpoint("VICTIM-02", 170_625, EndpointKind.ORIGIN)), r.endpoints());
    assertTrue(r.conservation().holds(), r.conservation().statement());
  }
}
