package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.DetectorResult;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed structuring cases: band edges, window edge, per-currency thresholds, directions. */
class StructuringDetectorTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static DetectorResult<StructuringFinding> detect(Ledger ledger, StructuringOptions o) {
    return StructuringDetector.detect(FlowGraph.of(ledger).index(), o);
  }

  @Test
  void theBandIncludesItsLowerEdgeAndExcludesTheThreshold() {
    Ledger ledger = Ledger.builder()
        .add("low", T, "A", "B1", 900000, "EUR")
        .add("below-low", T.plusSeconds(1), "A", "B2", 899999, "EUR")
        .add("high", T.plusSeconds(2), "A", "B3", 999999, "EUR")
        .add("at-threshold", T.plusSeconds(3), "A", "B4", 1000000, "EUR")
        .add("third", T.plus(DAY.multipliedBy(7)), "A", "B5", 950000, "EUR")
        .build();
    var result = detect(ledger, StructuringOptions.defaults());
    assertEquals(1, result.count());
    StructuringFinding f = result.findings().get(0);
    assertEquals("A", f.account());
    assertEquals(Direction.SENT, f.direction());
    assertEquals(List.of("low", "high", "third"), f.transactions());
    assertEquals(List.of("B1", "B3", "B5"), f.counterparties());
    assertEquals(T, f.start());
    assertEquals(T.plus(DAY.multipliedBy(7)), f.end());
    assertEquals(List.of(new Money(2849999, 2, "EUR")), f.totals());
  }

  @Test
  void oneMillisecondPastTheWindowIsNoFinding() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 950000, "EUR")
        .add("t2", T.plusSeconds(1), "A", "B", 950000, "EUR")
        .add("t3", T.plus(DAY.multipliedBy(7)).plusMillis(1), "A", "B", 950000, "EUR")
        .build();
    assertEquals(0, detect(ledger, StructuringOptions.defaults()).count());
  }

  @Test
  void paymentsIntoOneReceiverAreAlsoAFinding() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A1", "R", 950000, "EUR")
        .add("t2", T.plusSeconds(60), "A2", "R", 950000, "EUR")
        .add("t3", T.plusSeconds(120), "A3", "R", 950000, "EUR")
        .add("self", T.plusSeconds(180), "R", "R", 950000, "EUR")
        .build();
    var result = detect(ledger, StructuringOptions.defaults());
    assertEquals(1, result.count());
    StructuringFinding f = result.findings().get(0);
    assertEquals("R", f.account());
    assertEquals(Direction.RECEIVED, f.direction());
    assertEquals(List.of("A1", "A2", "A3"), f.counterparties());
    assertEquals(List.of("t1", "t2", "t3"), f.transactions());
  }

  @Test
  void perCurrencyThresholdsApplyAndCurrenciesCountTogether() {
    Ledger ledger = Ledger.builder()
        .add("eur", T, "A", "B", 950000, "EUR")
        .add("usd-in", T.plusSeconds(1), "A", "B", 290000, "USD")
        .add("usd-at", T.plusSeconds(2), "A", "C", 300000, "USD")
        .add("usd-low", T.plusSeconds(3), "A", "D", 270000, "USD")
        .build();
    StructuringOptions o = StructuringOptions.defaults().withThreshold("USD", new BigDecimal("3000"));
    var result = detect(ledger, o);
    assertEquals(1, result.count());
    StructuringFinding f = result.findings().get(0);
    assertEquals(List.of("eur", "usd-in", "usd-low"), f.transactions());
    assertEquals(List.of(new Money(950000, 2, "EUR"), new Money(560000, 2, "USD")), f.totals());
    assertEquals(0, detect(ledger, StructuringOptions.defaults()).count());
  }

  @Test
  void exactlyNPaymentsAtTheSameInstantQualifyAndNMinusOneDoNot() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 950000, "EUR")
        .add("t2", T, "A", "B", 950000, "EUR")
        .add("t3", T, "A", "B", 950000, "EUR")
        .build();
    assertEquals(2, detect(ledger, StructuringOptions.defaults()).count());
    assertEquals(0, detect(ledger, StructuringOptions.defaults().withMinCount(4)).count());
  }

  @Test
  void aFractionalLowerEdgeRoundsUpToTheNextMinorUnit() {
    // 9999.99 * (1 - 0.1) = 8999.991: 8999.99 is below the band, 9000.00 is in it
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 899999, "EUR")
        .add("t2", T, "A", "C", 900000, "EUR")
        .build();
    StructuringOptions o = StructuringOptions.defaults().withThreshold(new BigDecimal("9999.99")).withMinCount(1);
    var result = detect(ledger, o);
    assertEquals(2, result.count());
    assertEquals(List.of("t2"), result.findings().get(0).transactions());
  }
}
