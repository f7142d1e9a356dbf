package io.moneytrail.analysis.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Case grouping and ranking on hand-made ledgers with known answers. */
class CasesTest {
  private static final long DAY = 86_400_000L;
  private static final long T0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

  private static AnalysisResult run(Ledger ledger) {
    return Analysis.run(new LoadResult(ledger, "moneytrail", List.of(), List.of()), AnalysisSettings.defaults());
  }

  /** A 3-cycle A->B->C->A of 100 each starting at day d, and a fan-in of 5 x 60 into H at day f. */
  private static Ledger.Builder cycleAndFan(long cycleDay, long fanDay, String hub) {
    Ledger.Builder b = Ledger.builder();
    b.add("c1", T0 + cycleDay * DAY, "A", "B", 10_000, "EUR");
    b.add("c2", T0 + cycleDay * DAY + 1000, "B", "C", 10_000, "EUR");
    b.add("c3", T0 + cycleDay * DAY + 2000, "C", "A", 10_000, "EUR");
    for (int i = 1; i <= 5; i++) {
      b.add("f" + i, T0 + fanDay * DAY + i * 1000, "S" + i, hub, 6_000, "EUR");
    }
    return b;
  }

  @Test
  void disjointPatternsAreSeparateCasesRankedByRiskThenBySeed() {
    AnalysisResult r = run(cycleAndFan(5, 2, "H").build());
    assertEquals(2, r.cases().size());
    assertEquals(java.util.Set.of(List.of(Detector.FAN_IN), List.of(Detector.CYCLES)),
        java.util.Set.of(r.cases().get(0).typologies(), r.cases().get(1).typologies()));
    Case first = r.cases().get(0);
    Case second = r.cases().get(1);
    assertTrue(first.risk().total() > second.risk().total()
        || (first.risk().total() == second.risk().total() && first.typologies().get(0).ordinal()
            < second.typologies().get(0).ordinal()), first.risk() + " / " + second.risk());
    assertEquals("case-2", second.id());
    assertEquals(2, second.rank());
  }

  @Test
  void casesRankByRiskNotByAmount() {
    // a large loan paid back (a two-party cycle, penalised) and a far smaller burst of ten new
    // senders into H paying round sums
    AnalysisResult r = run(Ledger.builder()
        .add("c1", T0 + 5 * DAY, "A", "B", 9_000_000, "EUR").add("c2", T0 + 9 * DAY, "B", "A", 9_000_000, "EUR")
        .add("f1", T0 + 2 * DAY, "S1", "H", 10_000, "EUR").add("f2", T0 + 2 * DAY, "S2", "H", 20_000, "EUR")
        .add("f3", T0 + 2 * DAY, "S3", "H", 30_000, "EUR").add("f4", T0 + 2 * DAY, "S4", "H", 40_000, "EUR")
        .add("f5", T0 + 2 * DAY, "S5", "H", 50_000, "EUR").add("f6", T0 + 2 * DAY, "S6", "H", 60_000, "EUR")
        .add("f7", T0 + 2 * DAY, "S7", "H", 10_000, "EUR").add("f8", T0 + 2 * DAY, "S8", "H", 20_000, "EUR")
        .add("f9", T0 + 2 * DAY, "S9", "H", 30_000, "EUR").add("f10", T0 + 2 * DAY, "S10", "H", 40_000, "EUR").build());
    assertEquals(List.of(Detector.FAN_IN), r.cases().get(0).typologies());
    assertTrue(r.cases().stream().skip(1).allMatch(c -> c.largestTotal() > r.cases().get(0).largestTotal()));
    for (int i = 1; i < r.cases().size(); i++) {
      assertTrue(r.cases().get(i - 1).risk().total() >= r.cases().get(i).risk().total());
    }
  }

  @Test
  void findingsSharingAnAccountMergeIntoOneCase() {
    // the fan-in hub is A, an account of the cycle
    AnalysisResult r = run(cycleAndFan(5, 2, "A").build());
    assertEquals(1, r.cases().size());
    Case c = r.cases().get(0);
    assertEquals(List.of(Detector.CYCLES, Detector.FAN_IN), c.typologies());
    assertEquals(8, c.transactions().size());
    assertEquals(30_000 + 30_000, c.largestTotal());
    assertEquals(List.of("f1", "f2", "f3", "f4", "f5", "c1", "c2", "c3"), c.transactions());
    CaseAccount a = c.accounts().get(0);
    assertEquals("A", a.account());
    assertEquals(2, a.findings().size());
  }

  @Test
  void settingsChangeWhatIsFound() {
    Ledger ledger = cycleAndFan(5, 2, "H").build();
    AnalysisResult r = Analysis.run(new LoadResult(ledger, "moneytrail", List.of(), List.of()),
        AnalysisSettings.defaults().with(Detector.FAN_IN, BurstOptions.FAN_DEFAULTS.withMinCounterparties(6)));
    assertEquals(0, r.findings(Detector.FAN_IN).size());
    assertEquals(1, r.cases().size());
  }

  @Test
  void settingsDocumentsOverrideAndNameBadKeys() {
    AnalysisSettings s = AnalysisSettings.defaults().overriddenBy(
        "{\"fanIn\": {\"minCounterparties\": 4, \"window\": \"3d\"}, \"mules\": {\"ratio\": \"0.9\"}}");
    BurstOptions fanIn = s.options(Detector.FAN_IN, BurstOptions.class);
    assertEquals(4, fanIn.minCounterparties());
    assertEquals(Duration.ofDays(3), fanIn.window());
    assertEquals(0, s.options(Detector.MULES, MuleOptions.class).ratio().compareTo(new java.math.BigDecimal("0.9")));
    assertEquals(BurstOptions.FAN_DEFAULTS, s.options(Detector.FAN_OUT));
    assertEquals(s, AnalysisSettings.defaults().overriddenBy(
        "{\"fan-in\": {\"minCounterparties\": 4, \"window\": \"3d\"}, \"mules\": {\"ratio\": \"0.9\"}}"));
    OptionException top = assertThrows(OptionException.class,
        () -> AnalysisSettings.defaults().overriddenBy("{\"topCases\": 3}"));
    assertTrue(top.getMessage().contains("--top-cases"), top.getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnalysisSettings.defaults().overriddenBy("{\"fanIn\": {\"k\": 4}}"));
    assertTrue(e.getMessage().contains("fanIn.k"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalysisSettings.defaults().overriddenBy("{\"mules\": {\"maxDelay\": \"soon\"}}"));
    assertTrue(e.getMessage().contains("mules.maxDelay"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalysisSettings.defaults().overriddenBy("{\"fanIn\": {\"minCounterparties\": 0}}"));
    assertEquals("fanIn.minCounterparties must be at least 1, was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AnalysisSettings.defaults().overriddenBy("{\"nope\": {}}"));
  }
}
