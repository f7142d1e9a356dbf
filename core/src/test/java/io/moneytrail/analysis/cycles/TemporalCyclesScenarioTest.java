package io.moneytrail.analysis.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-made ledgers with known answers. */
class TemporalCyclesScenarioTest {
  private static final long DAY = 86_400_000L;
  private static final long T = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();
  private static final CycleOptions DEFAULTS = CycleOptions.defaults();

  private static CycleResult find(Ledger ledger, CycleOptions options) {
    return TemporalCycles.find(FlowGraph.of(ledger), options);
  }

  private static List<List<String>> ids(CycleResult result) {
    return result.cycles().stream().map(Cycle::transactions).toList();
  }

  @Test
  void triangleInTimeOrderIsOneCycleWithFullEvidence() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100_000, "EUR")
        .add("t2", T + DAY, "B", "C", 95_000, "EUR")
        .add("t3", T + 2 * DAY, "C", "A", 90_050, "EUR")
        .build();
    CycleResult result = find(ledger, DEFAULTS);
    assertFalse(result.truncated());
    assertEquals(1, result.count());
    Cycle c = result.cycles().get(0);
    assertEquals(List.of("A", "B", "C"), c.accounts());
    assertEquals(List.of("t1", "t2", "t3"), c.transactions());
    assertEquals(List.of(0, 1, 2), c.rows());
    assertEquals(Instant.ofEpochMilli(T), c.start());
    assertEquals(Instant.ofEpochMilli(T + 2 * DAY), c.end());
    assertEquals(Duration.ofDays(2), c.duration());
    assertEquals(List.of("1000.00", "950.00", "900.50"), c.amountStrings());
    assertEquals(List.of(100_000L, 95_000L, 90_050L), c.amountsMinor());
    assertEquals(Optional.of("EUR"), c.currency());
    assertEquals(Optional.of(Money.of(285_050, 2, "EUR")), c.total());
    assertEquals(Optional.of(Money.of(90_050, 2, "EUR")), c.minimumHop());
    assertEquals(3, c.length());
  }

  @Test
  void hopEarlierThanThePreviousBreaksTheCycle() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100, "EUR")
        .add("t2", T + 2 * DAY, "B", "C", 100, "EUR")
        .add("t3", T + DAY, "C", "A", 100, "EUR")
        .build();
    // the only time-ordered rotation would be t3, t1, t2: C->A at day 1, A->B at day 0: not ordered either
    assertEquals(0, find(ledger, DEFAULTS).count());
  }

  @Test
  void rotationStartingLaterIsFoundWhenThatIsTheTimeOrder() {
    Ledger ledger = Ledger.builder()
        .add("t1", T + 2 * DAY, "A", "B", 100, "EUR")
        .add("t2", T, "B", "C", 100, "EUR")
        .add("t3", T + DAY, "C", "A", 100, "EUR")
        .build();
    CycleResult result = find(ledger, DEFAULTS);
    assertEquals(List.of(List.of("t2", "t3", "t1")), ids(result));
    assertEquals(List.of("B", "C", "A"), result.cycles().get(0).accounts());
  }

  @Test
  void spanExactlyTheWindowQualifiesOneMillisecondMoreDoesNot() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 100, "EUR")
        .add("t2", T + 30 * DAY, "B", "A", 100, "EUR")
        .add("t3", T + 30 * DAY + 1, "B", "A", 100, "EUR")
        .build();
    assertEquals(List.of(List.of("t1", "t2")), ids(find(ledger, DEFAULTS)));
    assertEquals(List.of(List.of("t1", "t2"), List.of("t1", "t3")),
        ids(find(ledger, DEFAULTS.withWindow(Duration.ofDays(30).plusMillis(1)))));
  }

  @Test
  void equalTimesQualifyUnlessStrictAndTheRotationStartsAtTheFirstLedgerRow() {
    Ledger ledger = Ledger.builder()
        .add("x3", T, "C", "A", 100, "EUR")
        .add("x1", T, "A", "B", 100, "EUR")
        .add("x2", T, "B", "C", 100, "EUR")
        .build();
    CycleResult result = find(ledger, DEFAULTS);
    assertEquals(List.of(List.of("x3", "x1", "x2")), ids(result));
    assertEquals(List.of("C", "A", "B"), result.cycles().get(0).accounts());
    assertEquals(0, find(ledger, DEFAULTS.withStrictTime(true)).count());
  }

  @Test
  void equalTimesWithRatioRuleReportTheFirstQualifyingRotation() {
    // rotation from row 0 (C->A 50, A->B 100, B->C 95) fails maxLoss 0.1 at 50 -> 100? no: 100 >= 45 ok,
    // 95 >= 90 ok; but maxGain 0 fails 50 -> 100. Rotation from row 1 (100, 95, 50) fails loss at 95 -> 50.
    // Rotation from row 2 (95, 50, 100) fails. So with loss 0.1 and gain 0 nothing qualifies; with gain off,
    // the rotation from row 0 qualifies.
    Ledger ledger = Ledger.builder()
        .add("r0", T, "C", "A", 5_000, "EUR")
        .add("r1", T, "A", "B", 10_000, "EUR")
        .add("r2", T, "B", "C", 9_500, "EUR")
        .build();
    CycleOptions loss = DEFAULTS.withMaxLoss(new BigDecimal("0.1"));
    assertEquals(0, find(ledger, loss.withMaxGain(BigDecimal.ZERO)).count());
    assertEquals(List.of(List.of("r0", "r1", "r2")), ids(find(ledger, loss.withMaxGain(new BigDecimal("1")))));
    // only gain limited to 0: rotation r1, r2, r0 (100, 95, 50) never gains; r0 first fails (50 -> 100)
    assertEquals(List.of(List.of("r1", "r2", "r0")), ids(find(ledger, DEFAULTS.withMaxGain(BigDecimal.ZERO))));
  }

  @Test
  void parallelTransactionsGiveDistinctCycles() {
    Ledger ledger = Ledger.builder()
        .add("p1", T, "A", "B", 100, "EUR")
        .add("p2", T + 1000, "A", "B", 200, "EUR")
        .add("q1", T + DAY, "B", "A", 300, "EUR")
        .build();
    assertEquals(List.of(List.of("p1", "q1"), List.of("p2", "q1")), ids(find(ledger, DEFAULTS)));
  }

  @Test
  void selfTransfersAreNeverCyclesNorPartOfOne() {
    Ledger ledger = Ledger.builder()
        .add("s1", T, "A", "A", 100, "EUR")
        .add("t1", T + 1, "A", "B", 100, "EUR")
        .add("s2", T + 2, "B", "B", 100, "EUR")
        .add("t2", T + 3, "B", "A", 100, "EUR")
        .build();
    assertEquals(List.of(List.of("t1", "t2")), ids(find(ledger, DEFAULTS)));
  }

  @Test
  void accountsMayNotRepeatInsideACycle() {
    // A->B->A->C->A is not simple; A->B->A and A->C->A are
    Ledger ledger = Ledger.builder()
        .add("1", T, "A", "B", 100, "EUR")
        .add("2", T + 1, "B", "A", 100, "EUR")
        .add("3", T + 2, "A", "C", 100, "EUR")
        .add("4", T + 3, "C", "A", 100, "EUR")
        .build();
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), ids(find(ledger, DEFAULTS.withMaxLength(4))));
  }

  @Test
  void maxLengthBoundsTheHops() {
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < 5; i++) {
      b.add("h" + i, T + i, "N" + i, "N" + ((i + 1) % 5), 100, "EUR");
    }
    Ledger ledger = b.build();
    assertEquals(0, find(ledger, DEFAULTS.withMaxLength(4)).count());
    assertEquals(1, find(ledger, DEFAULTS.withMaxLength(5)).count());
  }

  @Test
  void minAmountIsExactAtTheLedgerScale() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 10_000, "EUR")
        .add("t2", T + 1, "B", "A", 10_000, "EUR")
        .build();
    assertEquals(1, find(ledger, DEFAULTS.withMinAmount(new BigDecimal("100.00"))).count());
    assertEquals(0, find(ledger, DEFAULTS.withMinAmount(new BigDecimal("100.001"))).count());
  }

  @Test
  void maxLossAcceptsExactlyTheBoundary() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 10_000, "EUR")
        .add("t2", T + 1, "B", "C", 8_000, "EUR")
        .add("t3", T + 2, "C", "A", 6_400, "EUR")
        .build();
    assertEquals(1, find(ledger, DEFAULTS.withMaxLoss(new BigDecimal("0.2"))).count());
    assertEquals(0, find(ledger, DEFAULTS.withMaxLoss(new BigDecimal("0.19999"))).count());
    assertEquals(1, find(ledger, DEFAULTS.withMaxGain(BigDecimal.ZERO)).count());
  }

  @Test
  void mixedCurrenciesCountOnlyWithoutAmountRules() {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 10_000, "EUR")
        .add("t2", T + 1, "B", "A", 10_000, "USD")
        .build();
    CycleResult result = find(ledger, DEFAULTS);
    assertEquals(1, result.count());
    Cycle c = result.cycles().get(0);
    assertEquals(Optional.empty(), c.currency());
    assertEquals(Optional.empty(), c.total());
    assertEquals(List.of("EUR", "USD"), c.currencies());
    assertEquals(10_000L, c.totals().get(0).minorUnits());
    assertEquals("EUR", c.totals().get(0).currency());
    assertEquals(0, find(ledger, DEFAULTS.withMinAmount(BigDecimal.ZERO)).count());
  }

  @Test
  void sortedByStartTimeThenTransactionIdsAndTruncatedToTheFirstOnes() {
    Ledger ledger = Ledger.builder()
        .add("b", T, "A", "B", 100, "EUR")
        .add("a", T, "C", "D", 100, "EUR")
        .add("z", T - DAY, "E", "F", 100, "EUR")
        .add("y", T + 1, "B", "A", 100, "EUR")
        .add("x", T + 1, "D", "C", 100, "EUR")
        .add("w", T + 1, "F", "E", 100, "EUR")
        .build();
    List<List<String>> all = List.of(List.of("z", "w"), List.of("a", "x"), List.of("b", "y"));
    CycleResult full = find(ledger, DEFAULTS);
    assertEquals(all, ids(full));
    assertFalse(full.truncated());
    CycleResult exact = find(ledger, DEFAULTS.withMaxResults(3));
    assertEquals(all, ids(exact));
    assertFalse(exact.truncated());
    CycleResult cut = find(ledger, DEFAULTS.withMaxResults(2));
    assertEquals(all.subList(0, 2), ids(cut));
    assertTrue(cut.truncated());
  }

  @Test
  void scamCentreRoundTripThroughMulesIsFound() {
    // victims pay a collector; mules layer the money in 90% steps; it returns to the collector
    Ledger.Builder b = Ledger.builder();
    for (int v = 0; v < 20; v++) {
      b.add("V" + v, T + v * 3_600_000L, "victim" + v, "collector", 50_000, "EUR");
    }
    b.add("L1", T + DAY, "collector", "mule1", 900_000, "EUR")
        .add("L2", T + 2 * DAY, "mule1", "mule2", 810_000, "EUR")
        .add("L3", T + 3 * DAY, "mule2", "shell", 729_000, "EUR")
        .add("L4", T + 5 * DAY, "shell", "collector", 656_100, "EUR")
        .add("N1", T + 6 * DAY, "mule1", "shop", 2_000, "EUR");
    CycleOptions rules = DEFAULTS.withMaxLoss(new BigDecimal("0.1")).withMaxGain(BigDecimal.ZERO)
        .withMinAmount(new BigDecimal("1000"));
    CycleResult result = find(b.build(), rules);
    assertEquals(List.of(List.of("L1", "L2", "L3", "L4")), ids(result));
    assertEquals(List.of("collector", "mule1", "mule2", "shell"), result.cycles().get(0).accounts());
  }

  @Test
  void anyThreadCountAndChunkingGiveTheSameResult() {
    Ledger ledger = io.moneytrail.ledger.RandomLedgers.dense().accounts(60, 60).transactions(3_000, 3_000)
        .slots(24 * 60, 24 * 60, io.moneytrail.ledger.RandomLedgers.HOUR).amountsFrom(TemporalCyclesOracleTest.AMOUNTS).oneIn(60, 8, 0, 0).generate(42);
    CycleOptions options = DEFAULTS.withWindow(Duration.ofDays(3)).withMaxLength(5);
    CycleResult one = TemporalCycles.find(FlowGraph.of(ledger).index(), options.withThreads(1), 256, 256);
    assertTrue(one.count() > 100, "the ledger should have many cycles, had " + one.count());
    for (int threads : new int[] {2, 3, 8}) {
      for (int chunk : new int[] {1, 7, 256}) {
        CycleResult many = TemporalCycles.find(FlowGraph.of(ledger).index(), options.withThreads(threads), chunk, chunk == 7 ? 0 : 256);
        assertEquals(one.cycles(), many.cycles(), "threads " + threads + " chunk " + chunk);
        CycleResult capped = TemporalCycles.find(FlowGraph.of(ledger).index(),
            options.withThreads(threads).withMaxResults(one.count() / 3), chunk, chunk == 1 ? 5 : 256);
        // the capped search's cycles carry its own options (another maxResults): compare the evidence
        assertEquals(one.cycles().subList(0, one.count() / 3).stream().map(Cycle::rows).toList(),
            capped.cycles().stream().map(Cycle::rows).toList());
        assertTrue(capped.truncated());
      }
    }
  }

  @Test
  void staticModeFindsEachSimpleCycleOnceFromItsSmallestAccount() {
    Ledger ledger = Ledger.builder()
        .add("1", T, "B", "C", 100, "EUR")
        .add("2", T - DAY, "C", "A", 100, "EUR")
        .add("3", T, "A", "B", 100, "EUR")
        .add("4", T, "A", "B", 300, "USD")
        .add("5", T, "C", "B", 100, "EUR")
        .add("6", T, "D", "D", 100, "EUR")
        .build();
    CycleResult result = find(ledger, DEFAULTS.withIgnoreTime(true));
    assertEquals(List.of(List.of("A", "B", "C"), List.of("B", "C")),
        result.pairCycles().stream().map(PairCycle::accounts).toList());
    PairCycle abc = result.pairCycles().get(0);
    assertEquals(4, abc.transactionCount());
    assertEquals(2, abc.hops().get(0).count());
    assertEquals(Instant.ofEpochMilli(T - DAY), abc.first());
    assertEquals(300L, abc.totals().get("USD"));
    assertEquals(300L, abc.totals().get("EUR"));
    assertTrue(result.cycles().isEmpty());
    assertEquals(List.of(List.of("A", "B", "C")), find(ledger, DEFAULTS.withIgnoreTime(true).withMaxResults(1))
        .pairCycles().stream().map(PairCycle::accounts).toList());
  }

  @Test
  void jsonTreeHasTheContractKeysInOrder() throws Exception {
    Ledger ledger = Ledger.builder()
        .add("t1", T, "A", "B", 1_250, "EUR")
        .add("t2", T + DAY, "B", "A", 1_000, "EUR")
        .build();
    String json = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(find(ledger, DEFAULTS.withMaxLoss(new BigDecimal("0.2"))).toJsonTree());
    assertEquals("{\"schemaVersion\":2,\"detector\":\"cycles\",\"parameters\":{\"mode\":\"temporal\",\"maxLength\":6,"
        + "\"window\":\"PT720H\",\"strictTime\":false,\"maxLoss\":\"0.2\",\"maxResults\":100000},\"truncated\":false,"
        + "\"count\":1,\"findings\":[{\"kind\":\"cycles\",\"accounts\":[\"A\",\"B\"],"
        + "\"transactions\":[\"t1\",\"t2\"],\"start\":\"2025-03-01T00:00:00Z\",\"end\":\"2025-03-02T00:00:00Z\","
        + "\"amounts\":[\"12.50\",\"10.00\"],\"currency\":\"EUR\",\"length\":2,\"currencies\":[\"EUR\",\"EUR\"],"
        + "\"total\":\"22.50\",\"minimumHop\":\"10.00\",\"totals\":{\"EUR\":\"22.50\"},\"rows\":[0,1],"
        + "\"rule\":\"temporal cycle: 2 to 6 accounts, each hop at the same time as or later than the previous, first to "
        + "last hop within 30 days, each hop >= (1 - 0.2) x the previous\"}]}", json);
  }
}
