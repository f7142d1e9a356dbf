package io.moneytrail.analysis.trace;

import static io.moneytrail.analysis.trace.TraceFixtures.at;
import static io.moneytrail.analysis.trace.TraceFixtures.flowAmounts;
import static io.moneytrail.analysis.trace.TraceFixtures.flowHops;
import static io.moneytrail.analysis.trace.TraceFixtures.resting;
import static io.moneytrail.analysis.trace.TraceFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceResult.EndpointKind;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backward traces: where did the money come from. */
class BackwardTraceTest {
  private static final TraceOptions BACK = TraceOptions.defaults().withDirection(Direction.BACKWARD);

  private static TraceResult back(Ledger ledger, String tx, AllocationMethod method) {
    return trace(ledger, TraceStart.transaction(tx), BACK.withMethod(method));
  }

  @Test
  void fifoAttributesAPaymentToTheOldestFunds() {
    // t3 (200) was paid by X's 100 (t1) and 100 of the victim's t2
    TraceResult r = back(TracerScenarioTest.preExistingAndSplit(), "t3", AllocationMethod.FIFO);
    assertEquals(Map.of("t1", 100L, "t2", 100L, "t3", 200L), flowAmounts(r));
    assertEquals(Map.of("t1", 2, "t2", 2, "t3", 1), flowHops(r));
    assertEquals(Map.of("V", 100L, "X", 100L), resting(r));
    assertEquals(EndpointKind.ORIGIN, r.endpoints().get(0).kind());
  }

  @Test
  void lifoAttributesAPaymentToTheNewestFunds() {
    TraceResult r = back(TracerScenarioTest.preExistingAndSplit(), "t3", AllocationMethod.LIFO);
    assertEquals(Map.of("t2", 200L, "t3", 200L), flowAmounts(r));
    assertEquals(Map.of("V", 200L), resting(r));
  }

  @Test
  void haircutAttributesInProportionAndMatchesTheForwardShare() {
    // forward haircut from t2 puts 113 into t4; backward from t4 finds 113 from t2 and 37 from t1
    TraceResult r = back(TracerScenarioTest.preExistingAndSplit(), "t4", AllocationMethod.HAIRCUT);
    assertEquals(Map.of("t1", 37L, "t2", 113L, "t4", 150L), flowAmounts(r));
    TraceResult fwd = trace(TracerScenarioTest.preExistingAndSplit(), TraceStart.transaction("t2"),
        TraceOptions.defaults().withMethod(AllocationMethod.HAIRCUT));
    assertEquals(113L, flowAmounts(fwd).get("t4"));
  }

  @Test
  void poisonMarksEveryEarlierInflowWhileDemandRemains() {
    TraceResult r = back(TracerScenarioTest.preExistingAndSplit(), "t4", AllocationMethod.POISON);
    assertEquals(Map.of("t1", 100L, "t2", 300L, "t4", 150L), flowAmounts(r));
    assertTrue(r.conservation().exempt());
  }

  @Test
  void paymentLargerThanTheRecordedFundsOriginatesPartlyAtThePayer() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "X", "M", 100, "EUR")
        .add("t2", at(1), "M", "A", 400, "EUR")
        .build();
    TraceResult r = back(ledger, "t2", AllocationMethod.FIFO);
    assertEquals(Map.of("t1", 100L, "t2", 400L), flowAmounts(r));
    assertEquals(Map.of("M", 300L, "X", 100L), resting(r));
  }

  @Test
  void backwardFromAnAccountTakesTheLatestReceiptsFirst() {
    Ledger ledger = Ledger.builder()
        .add("t1", at(0), "A", "S", 100, "EUR")
        .add("t2", at(1), "B", "S", 100, "EUR")
        .add("t3", at(2), "C", "S", 100, "EUR")
        .build();
    TraceResult r = trace(ledger, TraceStart.account("S", new BigDecimal("1.50")), BACK);
    assertEquals(Map.of("t2", 50L, "t3", 100L), flowAmounts(r));
    assertEquals(Map.of("B", 50L, "C", 100L), resting(r));
  }

  @Test
  void backwardHorizonIsTheWindowStart() {
    TraceResult r = trace(TracerScenarioTest.chain(4), TraceStart.transaction("c3"),
        BACK.withSince(Instant.ofEpochMilli(at(2))));
    assertEquals(Map.of("c2", 2, "c3", 1), flowHops(r));
    assertEquals(100, r.conservation().beyondHorizon());
  }

  @Test
  void backwardStopsAtAStopAccount() {
    TraceResult r = trace(TracerScenarioTest.chain(4), TraceStart.transaction("c3"),
        BACK.withStopAccounts(Set.of("A2")));
    assertEquals(Map.of("c2", 2, "c3", 1), flowHops(r));
    assertEquals(100, r.conservation().stopped());
  }

  @Test
  void onASimpleChainBackwardFromTheLastAgreesWithForwardFromTheFirst() {
    for (AllocationMethod method : AllocationMethod.values()) {
      Ledger ledger = TracerScenarioTest.chain(6);
      TraceResult fwd = trace(ledger, TraceStart.transaction("c0"), TraceOptions.defaults().withMethod(method));
      TraceResult bwd = trace(ledger, TraceStart.transaction("c5"), BACK.withMethod(method));
      assertEquals(flowAmounts(fwd), flowAmounts(bwd), method.name());
      for (var e : flowHops(fwd).entrySet()) {
        assertEquals(7 - e.getValue(), flowHops(bwd).get(e.getKey()), method + " " + e.getKey());
      }
      assertEquals(Map.of("A6", 100L), resting(fwd));
      assertEquals(Map.of("A0", 100L), resting(bwd));
    }
  }

  @Test
  void onALeakyChainTheAmountReachingTheEndEqualsTheAmountTracedBackToTheStart() {
    // each hop passes on less and other money joins; both directions see 60 linking c0 and c2
    Ledger ledger = Ledger.builder()
        .add("c0", at(0), "A", "B", 100, "EUR")
        .add("c1", at(1), "B", "C", 70, "EUR")
        .add("o1", at(2), "O", "C", 50, "EUR")
        .add("c2", at(3), "C", "D", 60, "EUR")
        .build();
    for (AllocationMethod method : new AllocationMethod[] {AllocationMethod.FIFO, AllocationMethod.LIFO}) {
      TraceResult fwd = trace(ledger, TraceStart.transaction("c0"), TraceOptions.defaults().withMethod(method));
      TraceResult bwd = trace(ledger, TraceStart.transaction("c2"), BACK.withMethod(method));
      assertEquals(flowAmounts(fwd).get("c2"), flowAmounts(bwd).get("c0"), method.name());
    }
  }
}
