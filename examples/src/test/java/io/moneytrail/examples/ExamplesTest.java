package io.moneytrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.graph.FlowGraph;
import java.math.BigDecimal;
import java.time.Duration;
import io.moneytrail.analysis.patterns.Direction;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every workshop example on the bundled data and checks the answer the README gives. */
class ExamplesTest {
  private static Ledger ledger;

  @BeforeAll
  static void load() {
    ledger = ExampleData.load(new String[0], "scam-centre.csv");
  }

  private static String printed(java.util.function.Consumer<PrintStream> printer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    printer.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scamCentreVictimPaymentEndsMostlyAtTheCryptoExchange() {
    TraceResult r = ScamCentreTrace.run(ledger);
    assertEquals(250_000, r.startSummary().amount());
    assertTrue(r.conservation().holds());
    assertEquals("CRYPTO-EXCHANGE-X", r.endpoints().get(0).account());
    assertEquals(219_375, r.endpoints().get(0).amount());
    assertEquals(Set.of("CRYPTO-EXCHANGE-X", "CASH-OUT-ATM", "MSB-REMIT-7", "LAYER-01"),
        r.endpoints().stream().map(TraceResult.Endpoint::account).collect(Collectors.toSet()));
    assertEquals(4, r.flows().stream().mapToInt(TraceResult.TraceFlow::hop).max().orElse(0));
    assertTrue(printed(out -> ScamCentreTrace.print(r, out)).contains("CRYPTO-EXCHANGE-X         2193.75"));
  }

  @Test
  void roundTripGoesThroughTheThreeShellCompaniesAndBack() {
    CycleResult r = RoundTripRing.run(ledger);
    assertFalse(r.truncated());
    assertEquals(1, r.count());
    assertEquals(List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD"), r.cycles().get(0).accounts());
    assertEquals(List.of("TX00504", "TX00514", "TX00526", "TX00535"), r.cycles().get(0).transactions());
    assertTrue(printed(out -> RoundTripRing.print(r, out)).contains("(6 days)"));
  }

  @Test
  void readmeExerciseAnswers() {
    // workshop 2: a 3 % loss limit no longer finds the 4 %-a-hop ring
    CycleOptions strict = CycleOptions.defaults().withMaxLength(6).withWindow(Duration.ofDays(14))
        .withMinAmount(new BigDecimal("1000")).withMaxLoss(new BigDecimal("0.03"));
    assertEquals(0, TemporalCycles.find(FlowGraph.of(ledger), strict).count());
    // workshop 3: a 2-day window with 3 payments still finds the four deposits as one burst
    StructuringOptions narrow = StructuringOptions.defaults().withMinCount(3).withWindow(Duration.ofDays(2));
    List<StructuringFinding> f = StructuringDetector.detect(FlowGraph.of(ledger).index(), narrow).findings();
    assertEquals(2, f.size());
    f.forEach(x -> assertEquals(4, x.transactions().size()));
    // workshop 1: the victim's money reaches the exchange 43 days after the payment
    TraceResult r = ScamCentreTrace.run(ledger);
    TraceResult.TraceFlow toExchange = r.flows().stream().filter(x -> x.to().equals("CRYPTO-EXCHANGE-X")).findFirst()
        .orElseThrow();
    assertEquals(43, Duration.between(r.startSummary().first().orElseThrow(), toExchange.time()).toDays());
  }

  @Test
  void structuringIsFourDepositsOfRunnerOneIntoCollectorTwo() {
    List<StructuringFinding> f = StructuringCollector.run(ledger).findings();
    assertEquals(2, f.size());
    StructuringFinding received = f.stream().filter(x -> x.direction() == Direction.RECEIVED).findFirst().orElseThrow();
    assertEquals("COLLECTOR-2", received.account());
    assertEquals(List.of("RUNNER-1"), received.counterparties());
    assertEquals(List.of("TX00515", "TX00522", "TX00527", "TX00532"), received.transactions());
    assertEquals("39050.00", received.totals().get(0).toDecimalString());
    assertTrue(printed(out -> StructuringCollector.print(StructuringCollector.run(ledger), out)).contains("RUNNER-1"));
  }

  @Test
  void muleNetworkHasSixMulesTwentyFourVictimsAndMoneyRestingAtTheCollectors() {
    MuleNetworkRoles.Result r = MuleNetworkRoles.run(ledger);
    assertEquals(List.of("MULE-01", "MULE-02", "MULE-03", "MULE-04", "MULE-05", "MULE-06"),
        r.mules().findings().stream().map(m -> m.account()).sorted().toList());
    Map<String, AccountRole> roles = r.roles().stream().collect(Collectors.toMap(AccountRole::account, a -> a));
    for (int i = 1; i <= 6; i++) {
      assertEquals(Role.MULE, roles.get("MULE-0" + i).role());
    }
    long victims = r.roles().stream().filter(a -> a.account().startsWith("VICTIM-"))
        .filter(a -> a.role() == Role.SOURCE && a.victimLike()).count();
    assertEquals(24, victims);
    assertEquals(Role.EXIT, roles.get("COLLECTOR-1").role());
    assertEquals(Role.EXIT, roles.get("CRYPTO-EXCHANGE-X").role());
    assertTrue(printed(out -> MuleNetworkRoles.print(r, out)).contains("MULE-06"));
  }
}
