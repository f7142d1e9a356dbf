package io.moneytrail.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made scatter-gather and gather-scatter scenarios with known answers. */
class ScatterGatherAndGatherScatterTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static Instant day(int d) {
    return T.plus(DAY.multipliedBy(d));
  }

  @Test
  void scatterGatherWithExactlyThreeIntermediariesAndTheLastGatherAtTheWindowEdge() {
    Ledger ledger = Ledger.builder()
        .add("s1", day(0), "S", "I1", 1000, "EUR")
        .add("s2", day(1), "S", "I2", 1000, "EUR")
        .add("s3", day(2), "S", "I3", 1000, "EUR")
        .add("g1", day(3), "I1", "T", 900, "EUR")
        .add("g2", day(4), "I2", "T", 900, "EUR")
        .add("g3", day(30), "I3", "T", 900, "EUR")
        .add("noise", day(5), "I1", "Other", 50, "EUR")
        .build();
    var result = ScatterGatherDetector.detect(FlowGraph.of(ledger).index(), BurstOptions.LAYERING_DEFAULTS);
    assertEquals(1, result.count());
    ScatterGatherFinding f = result.findings().get(0);
    assertEquals("S", f.source());
    assertEquals("T", f.sink());
    assertEquals(List.of("I1", "I2", "I3"), f.intermediaries());
    assertEquals(List.of("s1", "s2", "s3", "g1", "g2", "g3"), f.transactions());
    assertEquals(day(0), f.start());
    assertEquals(day(30), f.end());
    assertEquals(List.of(new Money(3000, 2, "EUR")), f.totals());
    assertEquals(List.of(new Money(2700, 2, "EUR")), f.gatheredTotals());
  }

  @Test
  void scatterGatherNeedsTheGatherAfterTheScatterAndInsideTheWindow() {
    Ledger ledger = Ledger.builder()
        .add("s1", day(0), "S", "I1", 1000, "EUR")
        .add("s2", day(1), "S", "I2", 1000, "EUR")
        .add("s3", day(2), "S", "I3", 1000, "EUR")
        .add("g1", day(3), "I1", "T", 900, "EUR")
        .add("g2", day(4), "I2", "T", 900, "EUR")
        .add("g3-early", day(1), "I3", "T", 900, "EUR")
        .add("g3-late", day(30).plusMillis(1), "I3", "T", 900, "EUR")
        .build();
    assertEquals(0, ScatterGatherDetector.detect(FlowGraph.of(ledger).index(), BurstOptions.LAYERING_DEFAULTS).count());
  }

  @Test
  void gatherScatterWithThreeSourcesAndThreeSinks() {
    Ledger ledger = Ledger.builder()
        .add("i1", day(0), "A", "H", 1000, "EUR")
        .add("i2", day(1), "B", "H", 1000, "EUR")
        .add("o0", day(0), "H", "X", 10, "EUR")
        .add("i3", day(2), "C", "H", 1000, "EUR")
        .add("o1", day(3), "H", "X", 900, "EUR")
        .add("o2", day(4), "H", "Y", 900, "EUR")
        .add("o3", day(30), "H", "Z", 900, "EUR")
        .add("late", day(30).plusMillis(1), "H", "W", 900, "EUR")
        .build();
    var result = GatherScatterDetector.detect(FlowGraph.of(ledger).index(), BurstOptions.LAYERING_DEFAULTS);
    assertEquals(1, result.count());
    GatherScatterFinding f = result.findings().get(0);
    assertEquals("H", f.hub());
    assertEquals(List.of("A", "B", "C"), f.sources());
    assertEquals(List.of("X", "Y", "Z"), f.sinks());
    assertEquals(List.of("i1", "o0", "i2", "i3", "o1", "o2", "o3"), f.transactions());
    assertEquals(List.of(new Money(3000, 2, "EUR")), f.totals());
    assertEquals(List.of(new Money(2710, 2, "EUR")), f.scatteredTotals());
  }

  @Test
  void gatherScatterWithOnlyTwoDistinctSinksIsNoFinding() {
    Ledger ledger = Ledger.builder()
        .add("i1", day(0), "A", "H", 1000, "EUR")
        .add("i2", day(1), "B", "H", 1000, "EUR")
        .add("i3", day(2), "C", "H", 1000, "EUR")
        .add("o1", day(3), "H", "X", 900, "EUR")
        .add("o2", day(4), "H", "Y", 900, "EUR")
        .add("o3", day(5), "H", "Y", 900, "EUR")
        .add("self", day(6), "H", "H", 900, "EUR")
        .build();
    assertEquals(0, GatherScatterDetector.detect(FlowGraph.of(ledger).index(), BurstOptions.LAYERING_DEFAULTS).count());
  }
}
