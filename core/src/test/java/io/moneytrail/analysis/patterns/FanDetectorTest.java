package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.DetectorResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed fan-out and fan-in cases at the boundaries of k, the window and the minimum amount. */
class FanDetectorTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static DetectorResult<FanFinding> fanOut(Ledger ledger, BurstOptions options) {
    return FanDetector.fanOut(FlowGraph.of(ledger).index(), options);
  }

  @Test
  void exactlyFiveReceiversWithTheLastExactlyAtTheWindowEdgeIsOneFinding() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100, "EUR")
        .add("t2", T.plus(DAY), "A", "C", 200, "EUR")
        .add("t3", T.plus(DAY.multipliedBy(2)), "A", "D", 300, "EUR")
        .add("t4", T.plus(DAY.multipliedBy(3)), "A", "E", 400, "EUR")
        .add("t5", T.plus(DAY.multipliedBy(7)), "A", "F", 500, "EUR")
        .build();
    var result = fanOut(ledger, BurstOptions.FAN_DEFAULTS);
    assertEquals(1, result.count());
    FanFinding f = result.findings().get(0);
    assertEquals("A", f.account());
    assertEquals(Direction.SENT, f.direction());
    assertEquals(List.of("B", "C", "D", "E", "F"), f.counterparties());
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), f.transactions());
    assertEquals(T, f.start());
    assertEquals(T.plus(DAY.multipliedBy(7)), f.end());
    assertEquals(List.of(new Money(1500, 2, "EUR")), f.totals());
    assertTrue(f.rule().startsWith("fan-out: >= 5 distinct receivers within 7 days"), f.rule());
  }

  @Test
  void oneMillisecondPastTheWindowEdgeIsNoFinding() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100, "EUR")
        .add("t2", T.plus(DAY), "A", "C", 200, "EUR")
        .add("t3", T.plus(DAY.multipliedBy(2)), "A", "D", 300, "EUR")
        .add("t4", T.plus(DAY.multipliedBy(3)), "A", "E", 400, "EUR")
        .add("t5", T.plus(DAY.multipliedBy(7)).plusMillis(1), "A", "F", 500, "EUR")
        .build();
    assertEquals(0, fanOut(ledger, BurstOptions.FAN_DEFAULTS).count());
  }

  @Test
  void repeatedReceiversAndSelfTransfersAreNotDistinctCounterparties() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100, "EUR")
        .add("t2", T, "A", "B", 100, "EUR")
        .add("t3", T, "A", "C", 100, "EUR")
        .add("t4", T, "A", "D", 100, "EUR")
        .add("t5", T, "A", "E", 100, "EUR")
        .add("t6", T, "A", "A", 100, "EUR")
        .build();
    assertEquals(0, fanOut(ledger, BurstOptions.FAN_DEFAULTS).count());
    var four = fanOut(ledger, BurstOptions.FAN_DEFAULTS.withMinCounterparties(4));
    assertEquals(1, four.count());
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), four.findings().get(0).transactions());
  }

  @Test
  void paymentExactlyAtTheMinimumAmountCountsAndOneCentBelowDoesNot() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 5000, "EUR")
        .add("t2", T, "A", "C", 4999, "EUR")
        .add("t3", T, "A", "D", 5000, "USD")
        .build();
    BurstOptions o = BurstOptions.FAN_DEFAULTS.withMinCounterparties(2).withMinAmount(new BigDecimal("50"));
    var result = fanOut(ledger, o);
    assertEquals(1, result.count());
    FanFinding f = result.findings().get(0);
    assertEquals(List.of("B", "D"), f.counterparties());
    assertEquals(List.of(new Money(5000, 2, "EUR"), new Money(5000, 2, "USD")), f.totals());
  }

  @Test
  void overlappingWindowsMergeAndSeparateBurstsStaySeparate() {
    Ledger.Builder b = Ledger.builder();
    // burst 1: days 0..4, one receiver a day; burst 2 starts 8 days after the last payment of burst 1
    for (int i = 0; i < 5; i++) {
      b.add("x" + i, T.plus(DAY.multipliedBy(i)), "A", "R" + i, 100, "EUR");
    }
    b.add("x5", T.plus(DAY.multipliedBy(5)), "A", "R9", 100, "EUR");
    for (int i = 0; i < 5; i++) {
      b.add("y" + i, T.plus(DAY.multipliedBy(13 + i)), "A", "S" + i, 100, "EUR");
    }
    var result = fanOut(b.build(), BurstOptions.FAN_DEFAULTS);
    assertEquals(2, result.count());
    assertEquals(List.of("x0", "x1", "x2", "x3", "x4", "x5"), result.findings().get(0).transactions());
    assertEquals(List.of("y0", "y1", "y2", "y3", "y4"), result.findings().get(1).transactions());
  }

  @Test
  void fanInCountsDistinctSenders() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "B", "Z", 100, "EUR")
        .add("t2", T.plusSeconds(60), "C", "Z", 100, "EUR")
        .add("t3", T.plusSeconds(120), "D", "Z", 100, "EUR")
        .add("t4", T.plusSeconds(180), "Z", "E", 100, "EUR")
        .build();
    var result = FanDetector.fanIn(FlowGraph.of(ledger).index(), BurstOptions.FAN_DEFAULTS.withMinCounterparties(3));
    assertEquals(1, result.count());
    FanFinding f = result.findings().get(0);
    assertEquals(Direction.RECEIVED, f.direction());
    assertEquals("Z", f.account());
    assertEquals(List.of("B", "C", "D"), f.counterparties());
    assertTrue(f.rule().startsWith("fan-in:"));
  }

  @Test
  void sameInputGivesIdenticalResults() {
    Ledger ledger = Oracles.random(42);
    var index = FlowGraph.of(ledger).index();
    BurstOptions o = BurstOptions.FAN_DEFAULTS.withMinCounterparties(2).withWindow(Duration.ofHours(5));
    assertEquals(FanDetector.fanOut(index, o), FanDetector.fanOut(FlowGraph.of(ledger).index(), o));
  }
}
