package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.DetectorResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A ledger of 1,500 disjoint random sub-ledgers (well over one block of accounts, so the search runs
 * in parallel blocks) gives exactly the findings of the sub-ledgers searched one by one, in the
 * documented order.
 */
class BlockParallelismTest {
  private static final int COPIES = 1500;

  private static List<Ledger> parts() {
    List<Ledger> parts = new ArrayList<>();
    for (int c = 0; c < COPIES; c++) {
      parts.add(Oracles.random(5000 + c));
    }
    return parts;
  }

  private static Ledger combined(List<Ledger> parts) {
    Ledger.Builder b = Ledger.builder();
    for (int c = 0; c < parts.size(); c++) {
      Ledger p = parts.get(c);
      for (int row = 0; row < p.size(); row++) {
        b.add(c + ":" + p.txId(row), p.epochMillis(row), c + ":" + p.from(row), c + ":" + p.to(row), p.amount(row),
            p.currency(row));
      }
    }
    return b.build();
  }

  private static void check(Function<TemporalIndex, DetectorResult<?>> detector) {
    List<Ledger> parts = parts();
    Ledger all = combined(parts);
    assertTrue(all.accounts().size() > 2 * 2048, "needs several blocks");
    List<List<String>> expected = new ArrayList<>();
    for (int c = 0; c < parts.size(); c++) {
      for (Finding f : detector.apply(FlowGraph.of(parts.get(c)).index()).findings()) {
        String prefix = c + ":";
        expected.add(f.transactions().stream().map(id -> prefix + id).toList());
      }
    }
    DetectorResult<?> result = detector.apply(FlowGraph.of(all).index());
    List<List<String>> actual = new ArrayList<>();
    for (Finding f : result.findings()) {
      actual.add(f.transactions());
    }
    assertTrue(expected.size() > 50, "too few findings: " + expected.size());
    assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(actual));
    assertEquals(expected.size(), actual.size());
    for (int i = 1; i < result.findings().size(); i++) {
      assertTrue(!result.findings().get(i).start().isBefore(result.findings().get(i - 1).start()), "sorted by start");
    }
    assertEquals(result, detector.apply(FlowGraph.of(all).index()), "deterministic");
  }

  @Test
  void fanOutInBlocksEqualsFanOutPerPart() {
    check(i -> FanDetector.fanOut(i, BurstOptions.FAN_DEFAULTS.withMinCounterparties(2).withWindow(Duration.ofHours(6))));
  }

  @Test
  void scatterGatherInBlocksEqualsScatterGatherPerPart() {
    check(i -> ScatterGatherDetector.detect(i, BurstOptions.LAYERING_DEFAULTS.withMinCounterparties(1)));
  }

  @Test
  void gatherScatterInBlocksEqualsGatherScatterPerPart() {
    check(i -> GatherScatterDetector.detect(i, BurstOptions.LAYERING_DEFAULTS.withMinCounterparties(2)));
  }

  @Test
  void mulesInBlocksEqualMulesPerPart() {
    check(i -> MuleDetector.detect(i, MuleOptions.defaults().withMinEpisodes(1)));
  }

  @Test
  void structuringInBlocksEqualsStructuringPerPart() {
    check(i -> StructuringDetector.detect(i, StructuringOptions.defaults()
        .withThreshold(new java.math.BigDecimal("10")).withMargin(new java.math.BigDecimal("0.5")).withMinCount(2)));
  }
}
