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

/** Hand-computed pass-through cases: ratio and delay boundaries, FIFO allocation, currencies. */
class MuleDetectorTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  private static final Duration H72 = Duration.ofHours(72);

  private static DetectorResult<MuleFinding> detect(Ledger ledger, MuleOptions options) {
    return MuleDetector.detect(FlowGraph.of(ledger).index(), options);
  }

  private static Money eur(long cents) {
    return new Money(cents, 2, "EUR");
  }

  @Test
  void ratioExactlyRAndDelayExactlyAtTheLimitAreEpisodes() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("out1", T.plus(H72), "M", "Y", 8000, "EUR")
        .add("in2", T.plus(Duration.ofDays(10)), "X2", "M", 5000, "EUR")
        .add("out2", T.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)), "M", "Y2", 4000, "EUR")
        .build();
    var result = detect(ledger, MuleOptions.defaults());
    assertEquals(1, result.count());
    MuleFinding f = result.findings().get(0);
    assertEquals("M", f.account());
    assertEquals("EUR", f.currency());
    assertEquals(2, f.episodes().size());
    MuleFinding.Episode e1 = f.episodes().get(0);
    assertEquals("in1", e1.inflow());
    assertEquals("X", e1.sender());
    assertEquals(eur(10000), e1.amount());
    assertEquals(eur(8000), e1.passedOn());
    assertEquals(H72, e1.delay());
    assertEquals(List.of(new MuleFinding.Outflow("out1", "Y", T.plus(H72), eur(8000), eur(8000))), e1.outflows());
    assertEquals(Duration.ofHours(1), f.episodes().get(1).delay());
    assertEquals(List.of("in1", "out1", "in2", "out2"), f.transactions());
    assertEquals(T, f.start());
    assertEquals(T.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)), f.end());
    assertEquals(List.of(eur(15000)), f.totals());
    assertEquals(eur(12000), f.passedOn());
    assertEquals(eur(15000), f.totalIn());
    assertEquals(eur(12000), f.totalOut());
    assertEquals(new BigDecimal("0.2000"), f.retention());
  }

  @Test
  void oneCentBelowTheRatioIsNoEpisode() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("out1", T.plusSeconds(3600), "M", "Y", 7999, "EUR")
        .add("in2", T.plus(Duration.ofDays(10)), "X", "M", 10000, "EUR")
        .add("out2", T.plus(Duration.ofDays(10)).plusSeconds(60), "M", "Y", 8000, "EUR")
        .build();
    assertEquals(0, detect(ledger, MuleOptions.defaults()).count());
    var one = detect(ledger, MuleOptions.defaults().withMinEpisodes(1));
    assertEquals(1, one.count());
    assertEquals("in2", one.findings().get(0).episodes().get(0).inflow());
  }

  @Test
  void oneMillisecondPastTheDelayDoesNotCount() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("out1", T.plus(H72).plusMillis(1), "M", "Y", 10000, "EUR")
        .build();
    assertEquals(0, detect(ledger, MuleOptions.defaults().withMinEpisodes(1)).count());
  }

  @Test
  void oneOutflowIsNotCountedForTwoInflows() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("in2", T.plusSeconds(3600), "X", "M", 10000, "EUR")
        .add("out1", T.plusSeconds(7200), "M", "Y", 10000, "EUR")
        .build();
    assertEquals(0, detect(ledger, MuleOptions.defaults()).count());
    var one = detect(ledger, MuleOptions.defaults().withMinEpisodes(1));
    assertEquals(1, one.findings().get(0).episodes().size());
    assertEquals("in1", one.findings().get(0).episodes().get(0).inflow());
  }

  @Test
  void anOutflowSplitsFirstInFirstOutAcrossInflows() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("in2", T, "X2", "M", 10000, "EUR")
        .add("out1", T, "M", "Y", 18000, "EUR")
        .build();
    var result = detect(ledger, MuleOptions.defaults());
    assertEquals(1, result.count());
    List<MuleFinding.Episode> episodes = result.findings().get(0).episodes();
    assertEquals(eur(10000), episodes.get(0).passedOn());
    assertEquals(eur(8000), episodes.get(1).passedOn());
    assertEquals(eur(8000), episodes.get(1).outflows().get(0).allocated());
    assertEquals(eur(18000), episodes.get(1).outflows().get(0).amount());
    assertEquals(Duration.ZERO, episodes.get(1).delay());
    assertEquals(List.of("in1", "in2", "out1"), result.findings().get(0).transactions());
  }

  @Test
  void smallInflowsBelowTheMinimumStillTakeTheirShareFirst() {
    Ledger ledger = Ledger.builder()
        .add("small", T, "X", "M", 1000, "EUR")
        .add("big", T.plusSeconds(60), "X", "M", 10000, "EUR")
        .add("out1", T.plusSeconds(120), "M", "Y", 8999, "EUR")
        .add("out2", T.plusSeconds(180), "M", "Y", 1, "EUR")
        .build();
    MuleOptions o = MuleOptions.defaults().withMinEpisodes(1).withMinAmount(new BigDecimal("50"));
    var result = detect(ledger, o);
    assertEquals(1, result.count());
    MuleFinding.Episode e = result.findings().get(0).episodes().get(0);
    assertEquals("big", e.inflow());
    assertEquals(eur(8000), e.passedOn());
    assertEquals(Duration.ofSeconds(120), e.delay());
    assertEquals(2, e.outflows().size());
  }

  @Test
  void outflowsInAnotherCurrencyAndSelfTransfersDoNotCount() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 10000, "EUR")
        .add("self", T.plusSeconds(10), "M", "M", 10000, "EUR")
        .add("usd", T.plusSeconds(20), "M", "Y", 10000, "USD")
        .build();
    assertEquals(0, detect(ledger, MuleOptions.defaults().withMinEpisodes(1)).count());
  }

  @Test
  void retentionIsNegativeWhenTheAccountPaidOutMoreThanItReceived() {
    Ledger ledger = Ledger.builder()
        .add("in1", T, "X", "M", 3000, "EUR")
        .add("out1", T.plusSeconds(10), "M", "Y", 4000, "EUR")
        .build();
    MuleFinding f = detect(ledger, MuleOptions.defaults().withMinEpisodes(1)).findings().get(0);
    assertEquals(new BigDecimal("-0.3333"), f.retention());
    assertEquals(eur(3000), f.passedOn());
  }
}
