package io.moneytrail.analysis.trace;

import static io.moneytrail.analysis.trace.TraceFixtures.at;
import static io.moneytrail.analysis.trace.TraceFixtures.flowAmounts;
import static io.moneytrail.analysis.trace.TraceFixtures.flowHops;
import static io.moneytrail.analysis.trace.TraceFixtures.resting;
import static io.moneytrail.analysis.trace.TraceFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceResult.Endpoint;
import io.moneytrail.analysis.trace.TraceResult.EndpointKind;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed ledgers where the four methods give different, known answers. */
class TracerScenarioTest {

  /**
   * M holds 100 of other money (t1) before the victim's 300 arrives (t2), then splits 200 to A (t3)
   * and 150 to B (t4); 50 stays.
   */
  static Ledger preExistingAndSplit() {
    return Ledger.builder()
        .add("t1", at(0), "X", "M", 100, "EUR")
        .add("t2", at(60), "V", "M", 300, "EUR")
        .add("t3", at(120), "M", "A", 200, "EUR")
        .add("t4", at(180), "M", "B", 150, "EUR")
        .build();
  }

  private static TraceResult forwardFromVictim(AllocationMethod method) {
    return trace(preExistingAndSplit(), TraceStart.account("V"), TraceOptions.defaults().withMethod(method));
  }

  @Test
  void fifoSpendsThePreExistingFundsFirst() {
    TraceResult r = forwardFromVictim(AllocationMethod.FIFO);
    assertEquals(Map.of("t2", 300L, "t3", 100L, "t4", 150L), flowAmounts(r));
    assertEquals(Map.of("A", 100L, "B", 150L, "M", 50L), resting(r));
    assertEquals(Map.of("t2", 1, "t3", 2, "t4", 2), flowHops(r));
    assertEquals(300, r.startSummary().amount());
    assertTrue(r.conservation().holds());
  }

  @Test
  void lifoSpendsTheVictimsFundsFirst() {
    TraceResult r = forwardFromVictim(AllocationMethod.LIFO);
    assertEquals(Map.of("t2", 300L, "t3", 200L, "t4", 100L), flowAmounts(r));
    assertEquals(Map.of("A", 200L, "B", 100L), resting(r));
  }

  @Test
  void haircutCarriesTheTracedShareAndRoundsTheTieToTraced() {
    TraceResult r = forwardFromVictim(AllocationMethod.HAIRCUT);
    // t3: 200 * 300/400 = 150; t4: 150 * 150/200 = 112.5 -> 113 (tie to traced); 37 stays in M
    assertEquals(Map.of("t2", 300L, "t3", 150L, "t4", 113L), flowAmounts(r));
    assertEquals(Map.of("A", 150L, "B", 113L, "M", 37L), resting(r));
    assertEquals(300, r.conservation().resting());
  }

  @Test
  void poisonTaintsEveryOutflowAndIsExemptFromConservation() {
    TraceResult r = forwardFromVictim(AllocationMethod.POISON);
    assertEquals(Map.of("t2", 300L, "t3", 200L, "t4", 150L), flowAmounts(r));
    // upper bound left in M: min(300, 200) after t3, then min(200, 50)
    assertEquals(Map.of("A", 200L, "B", 150L, "M", 50L), resting(r));
    assertTrue(r.conservation().exempt());
    assertFalse(r.conservation().holds());
    assertTrue(r.conservation().statement().contains("upper bound"));
  }

  @Test
  void endpointsAreRankedByAmountThenAccount() {
    TraceResult r = forwardFromVictim(AllocationMethod.FIFO);
    assertEquals(List.of(new Endpoint("B", 150, EndpointKind.RESTING), new Endpoint("A", 100, EndpointKind.RESTING),
        new Endpoint("M", 50, EndpointKind.RESTING)), r.endpoints());
  }

  @Test
  void perAccountFiguresBalance() {
    TraceResult r = forwardFromVictim(AllocationMethod.FIFO);
    TraceResult.TracedAccount m = r.account("M").orElseThrow();
    assertEquals(300, m.received());
    assertEquals(250, m.sent());
    assertEquals(50, m.resting());
    assertEquals(TraceResult.Role.START, r.account("V").orElseThrow().role());
    assertEquals(300, r.account("V").orElseThrow().sent());
  }

  /**
   * Two traced streams merge in C, which holds 60 of other money: V pays M1 100 and M2 50 at the
   * same instant, both pass it to C, C pays 120 to Z.
   */
  static Ledger merge() {
    return Ledger.builder()
        .add("w", at(-60), "W", "C", 60, "EUR")
        .add("v1", at(0), "V", "M1", 100, "EUR")
        .add("v2", at(0), "V", "M2", 50, "EUR")
        .add("m1", at(60), "M1", "C", 100, "EUR")
        .add("m2", at(60), "M2", "C", 50, "EUR")
        .add("z", at(120), "C", "Z", 120, "EUR")
        .build();
  }

  @Test
  void mergeOfTwoTracedStreamsDiffersByMethod() {
    Map<AllocationMethod, Long> toZ = Map.of(AllocationMethod.FIFO, 60L, AllocationMethod.LIFO, 120L,
        AllocationMethod.HAIRCUT, 86L, AllocationMethod.POISON, 120L);
    Map<AllocationMethod, Long> restInC = Map.of(AllocationMethod.FIFO, 90L, AllocationMethod.LIFO, 30L,
        AllocationMethod.HAIRCUT, 64L, AllocationMethod.POISON, 90L);
    for (AllocationMethod method : AllocationMethod.values()) {
      TraceResult r = trace(merge(), TraceStart.account("V"), TraceOptions.defaults().withMethod(method));
      assertEquals(toZ.get(method), flowAmounts(r).get("z"), method.name());
      assertEquals(restInC.get(method), resting(r).get("C"), method.name());
      assertEquals(3, flowHops(r).get("z"), method.name());
      assertEquals(150, r.account("C").orElseThrow().received(), method.name());
    }
  }

  @Test
  void equalTimestampsFollowLedgerOrder() {
    // r0 pays out at the same instant as the traced inflow r1 but comes first in ledger order
    Ledger ledger = Ledger.builder()
        .add("r0", at(0), "M", "A", 100, "EUR")
        .add("r1", at(0), "V", "M", 100, "EUR")
        .add("r2", at(0), "M", "B", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.transaction("r1"), TraceOptions.defaults());
    assertEquals(Map.of("r1", 100L, "r2", 100L), flowAmounts(r));
    assertEquals(Map.of("B", 100L), resting(r));
  }

  @Test
  void outflowAtTheSameInstantButEarlierRowCannotCarryTheMoney() {
    Ledger ledger = Ledger.builder()
        .add("r0", at(0), "M", "A", 100, "EUR")
        .add("r1", at(0), "V", "M", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.transaction("r1"), TraceOptions.defaults());
    assertEquals(Map.of("r1", 100L), flowAmounts(r));
    assertEquals(Map.of("M", 100L), resting(r));
  }

  @Test
  void otherCurrenciesAreOtherMoney() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(1), "M", "A", 100, "USD")
        .add("t3", at(2), "M", "B", 40, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("V"), TraceOptions.defaults());
    assertEquals("EUR", r.currency());
    assertEquals(Map.of("t1", 100L, "t3", 40L), flowAmounts(r));
    assertEquals(Map.of("B", 40L, "M", 60L), resting(r));
  }

  @Test
  void aStartAccountPayingInSeveralCurrenciesNeedsOneChosen() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(1), "V", "M", 100, "USD")
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trace(ledger, TraceStart.account("V"), TraceOptions.defaults()));
    assertTrue(e.getMessage().contains("[EUR, USD]"), e.getMessage());
    TraceResult usd = trace(ledger, new TraceStart.FromAccount("V", Optional.empty(), Optional.of("USD")),
        TraceOptions.defaults());
    assertEquals(Map.of("t2", 100L), flowAmounts(usd));
  }

  @Test
  void givenAmountTakesTheEarliestOutflowsFirstAndCutsTheLastOne() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(1), "V", "N", 100, "EUR")
        .add("t3", at(2), "V", "O", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("V", new BigDecimal("1.50")), TraceOptions.defaults());
    assertEquals(Map.of("t1", 100L, "t2", 50L), flowAmounts(r));
    assertEquals(Optional.of(150L), r.startSummary().requested());
    assertEquals(150, r.startSummary().amount());
    assertEquals(2, r.startSummary().transactions());
  }

  @Test
  void sinceSelectsTheStartOutflows() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(10), "V", "N", 70, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("V"), TraceOptions.defaults().withSince(
        java.time.Instant.ofEpochMilli(at(10))));
    assertEquals(Map.of("t2", 70L), flowAmounts(r));
  }

  @Test
  void dustBranchesAreCutAndBooked() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 1000, "EUR")
        .add("t2", at(1), "M", "A", 5, "EUR")
        .add("t3", at(2), "M", "B", 995, "EUR")
        .build();
    // min 0.06 = 6 minor units: the 5-unit branch is cut
    TraceResult r = trace(ledger, TraceStart.transaction("t1"), TraceOptions.defaults().withMinAmount(new BigDecimal("0.051")));
    assertEquals(Map.of("t1", 1000L, "t3", 995L), flowAmounts(r));
    assertEquals(5, r.conservation().dust());
    assertEquals(1, r.conservation().dustTransactions());
    assertEquals(5, r.account("M").orElseThrow().cut());
    // exactly at the limit (0.05 = 5 units) it is followed
    TraceResult atLimit = trace(ledger, TraceStart.transaction("t1"), TraceOptions.defaults().withMinAmount(new BigDecimal("0.05")));
    assertEquals(5L, flowAmounts(atLimit).get("t2"));
  }

  @Test
  void stopAccountsEndTheTrace() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "EX", 100, "EUR")
        .add("t2", at(1), "EX", "Y", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("V"), TraceOptions.defaults().withStopAccounts(Set.of("EX")));
    assertEquals(Map.of("t1", 100L), flowAmounts(r));
    assertEquals(100, r.conservation().stopped());
    assertEquals(List.of(new Endpoint("EX", 100, EndpointKind.STOPPED)), r.endpoints());
    assertEquals(TraceResult.Role.STOP, r.account("EX").orElseThrow().role());
  }

  static Ledger chain(int length) {
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < length; i++) {
      b.add("c" + i, at(i), "A" + i, "A" + (i + 1), 100, "EUR");
    }
    return b.build();
  }

  @Test
  void hopLimitBooksTheRestBeyondIt() {
    TraceResult r = trace(chain(5), TraceStart.transaction("c0"), TraceOptions.defaults().withMaxHops(3));
    assertEquals(Map.of("c0", 1, "c1", 2, "c2", 3), flowHops(r));
    assertEquals(100, r.conservation().beyondHopLimit());
    assertEquals(0, r.conservation().resting());
    assertEquals(100, r.account("A3").orElseThrow().cut());
  }

  @Test
  void horizonBooksLaterPaymentsBeyondIt() {
    TraceResult r = trace(chain(5), TraceStart.transaction("c0"),
        TraceOptions.defaults().withUntil(java.time.Instant.ofEpochMilli(at(2))));
    assertEquals(Map.of("c0", 1, "c1", 2, "c2", 3), flowHops(r));
    assertEquals(100, r.conservation().beyondHorizon());
    assertEquals(1, r.conservation().horizonTransactions());
  }

  @Test
  void capIsStatedWhenHit() {
    TraceResult r = trace(chain(5), TraceStart.transaction("c0"), TraceOptions.defaults().withMaxTracedTransactions(2));
    assertTrue(r.truncated());
    assertEquals(2, r.flows().size());
    assertEquals(100, r.conservation().truncated());
    assertTrue(r.conservation().holds());
  }

  @Test
  void moneyReturningToTheStartAccountRestsThere() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(1), "M", "V", 100, "EUR")
        .add("t3", at(2), "V", "N", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("V"), TraceOptions.defaults());
    assertEquals(Map.of("t1", 100L, "t2", 100L, "t3", 100L), flowAmounts(r));
    assertEquals(200, r.startSummary().amount());
    assertEquals(Map.of("N", 100L, "V", 100L), resting(r));
  }

  @Test
  void overdraftIsPaidFromFundsOutsideTheData() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "V", "M", 100, "EUR")
        .add("t2", at(1), "M", "A", 250, "EUR")
        .add("t3", at(2), "N", "M", 500, "EUR")
        .add("t4", at(3), "M", "B", 500, "EUR")
        .build();
    for (AllocationMethod method : List.of(AllocationMethod.FIFO, AllocationMethod.LIFO, AllocationMethod.HAIRCUT)) {
      TraceResult r = trace(ledger, TraceStart.transaction("t1"), TraceOptions.defaults().withMethod(method));
      assertEquals(Map.of("t1", 100L, "t2", 100L), flowAmounts(r), method.name());
    }
  }

  @Test
  void unknownStartsAreRejectedClearly() {
    Ledger ledger = preExistingAndSplit();
    assertEquals("from names no account of the data: Q", assertThrows(IllegalArgumentException.class,
        () -> trace(ledger, TraceStart.account("Q"), TraceOptions.defaults())).getMessage());
    assertEquals("tx names no transaction of the data: nope", assertThrows(IllegalArgumentException.class,
        () -> trace(ledger, TraceStart.transaction("nope"), TraceOptions.defaults())).getMessage());
  }

  @Test
  void resultStatesItsAssumptions() {
    TraceResult r = forwardFromVictim(AllocationMethod.FIFO);
    assertTrue(r.assumptions().stream().anyMatch(s -> s.contains("untraced money")));
    assertTrue(r.assumptions().stream().anyMatch(s -> s.contains("ledger order")));
    assertTrue(r.conservation().statement().startsWith("start 3.00 = resting 3.00"), r.conservation().statement());
  }
}
