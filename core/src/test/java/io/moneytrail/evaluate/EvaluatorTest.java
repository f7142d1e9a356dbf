package io.moneytrail.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final long DAY = 86_400_000L;
  private static final long HOUR = 3_600_000L;

  /**
   * Labelled fan-in P1 (hub H, senders S1..S5, all found), labelled fan-in P2 (hub H2, two senders:
   * too few for k = 5), an unlabelled merchant M with five customers (false positives) and a
   * labelled three-account cycle.
   */
  private static Ledger handMade() {
    Ledger.Builder b = Ledger.builder();
    for (int i = 1; i <= 5; i++) {
      b.add("f" + i, i * HOUR, "S" + i, "H", 10_000, "EUR");
      b.add("m" + i, 2 * DAY + i * HOUR, "C" + i, "M", 2_000, "EUR");
    }
    b.add("x1", 3 * DAY, "X1", "H2", 5_000, "EUR");
    b.add("x2", 3 * DAY + HOUR, "X2", "H2", 5_000, "EUR");
    b.add("c1", 10 * DAY, "A", "B", 50_000, "EUR");
    b.add("c2", 11 * DAY, "B", "C", 49_000, "EUR");
    b.add("c3", 12 * DAY, "C", "A", 48_000, "EUR");
    return b.build();
  }

  private static GroundTruth truth() {
    return new GroundTruth("hand", List.of(
        new LabelledPattern("fan_in", "P1", List.of("f1", "f2", "f3", "f4", "f5")),
        new LabelledPattern("fan_in", "P2", List.of("x1", "x2", "not-in-data")),
        new LabelledPattern("cycle", "R1", List.of("c1", "c2", "c3"))));
  }

  private static AnalysisSettings options() {
    BurstOptions fan = new BurstOptions(5, Duration.ofDays(1), BigDecimal.ZERO);
    return AnalysisSettings.defaults().with(Detector.FAN_IN, fan).with(Detector.FAN_OUT, fan);
  }

  private static Evaluation evaluate(Ledger ledger, GroundTruth truth, AnalysisSettings settings) {
    return Evaluator.evaluate(new LoadResult(ledger, "moneytrail", List.of(), List.of()), truth, settings,
        Evaluator.DEFAULT_MIN_SHARE);
  }

  @Test
  void countsFoundPatternsAndComputesPrecisionAndRecallPerTypology() {
    Evaluation e = evaluate(handMade(), truth(), options());
    assertEquals(List.of("cycle", "fan_in"), e.typologies().stream().map(TypologyScore::typology).toList());
    TypologyScore cycle = e.typologies().get(0);
    assertEquals(new TypologyScore("cycle", 1, 1, 1.0, 1.0, 1.0, 1.0), cycle);
    TypologyScore fanIn = e.typologies().get(1);
    assertEquals(2, fanIn.labelled());
    assertEquals(1, fanIn.found());
    // predicted: f1..f5 and m1..m5 (10); true: f1..f5, x1, x2 (7); both: 5
    assertEquals(5.0 / 10, fanIn.txPrecision(), 1e-12);
    assertEquals(5.0 / 7, fanIn.txRecall(), 1e-12);
    // predicted accounts: H, S1..S5, M, C1..C5 (12); true: H, S1..S5, H2, X1, X2 (9); both: 6
    assertEquals(6.0 / 12, fanIn.accountPrecision(), 1e-12);
    assertEquals(6.0 / 9, fanIn.accountRecall(), 1e-12);
    assertEquals(1, e.missingTransactions());
    assertEquals(Map.of("fan-in", 2, "fan-out", 0, "cycles", 1, "scatter-gather", 0, "gather-scatter", 0, "mules", 0,
        "structuring", 0), e.findings());
    // overall: every finding (fan-ins of H and M, the cycle) against every label
    TypologyScore all = e.overall();
    assertEquals(3, all.labelled());
    assertEquals(2, all.found());
    assertEquals(8.0 / 13, all.txPrecision(), 1e-12);
    assertEquals(8.0 / 10, all.txRecall(), 1e-12);
  }

  @Test
  void aPatternIsFoundOnlyWhenTheFindingsHoldTheStatedShareOfItsTransactions() {
    Ledger.Builder b = Ledger.builder();
    for (int i = 1; i <= 5; i++) {
      b.add("f" + i, i * HOUR, "S" + i, "H", 10_000, "EUR");
    }
    for (int i = 1; i <= 6; i++) {
      b.add("late" + i, (3 + 3 * i) * DAY, "S" + i % 5, "H", 10_000, "EUR");
    }
    Ledger ledger = b.build();
    GroundTruth truth = new GroundTruth("hand", List.of(new LabelledPattern("fan_in", "P", List.of(
        "f1", "f2", "f3", "f4", "f5", "late1", "late2", "late3", "late4", "late5", "late6"))));
    // the burst holds 5 of 11 transactions: 0.4545...
    assertEquals(0, evaluate(ledger, truth, options()).typologies().get(0).found());
    assertEquals(1, Evaluator.evaluate(new LoadResult(ledger, "moneytrail", List.of(), List.of()), truth, options(),
        new BigDecimal("0.45"))
        .typologies().get(0).found());
    assertEquals(0, Evaluator.evaluate(new LoadResult(ledger, "moneytrail", List.of(), List.of()), truth, options(),
        new BigDecimal("0.46"))
        .typologies().get(0).found());
  }

  @Test
  void theMainAccountIsTheOneInMostTransactionsWithTiesToTheSmallerKey() {
    Ledger ledger = Ledger.builder()
        .add("1", 0, "B", "A", 1, "EUR").add("2", 1, "C", "B", 1, "EUR").add("3", 2, "A", "D", 1, "EUR").build();
    // A and B are both in two rows: A wins the tie
    assertEquals("A", ledger.accounts().name(Evaluator.mainAccount(ledger, new int[] {0, 1, 2})));
    assertEquals("B", ledger.accounts().name(Evaluator.mainAccount(ledger, new int[] {0, 1})));
  }

  @Test
  void unknownTypologiesCountEveryKindAndKnownOnesTheirOwn() {
    assertEquals(Detector.values().length, LabelTypologies.matching("bipartite").size());
    assertEquals(java.util.Set.of(Detector.MULES), LabelTypologies.matching("Mule-Chain"));
    assertEquals(java.util.Set.of(Detector.FAN_IN), LabelTypologies.matching("fan_in"));
    assertEquals(java.util.Set.of(Detector.CYCLES), LabelTypologies.matching("cycle"));
    assertTrue(LabelTypologies.matching("scam_centre").contains(Detector.FAN_IN));
  }
}
