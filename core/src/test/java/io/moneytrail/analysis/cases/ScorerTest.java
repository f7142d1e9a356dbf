package io.moneytrail.analysis.cases;

import static io.moneytrail.analysis.cases.YearLedger.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each risk component on a ledger where its value is known. */
class ScorerTest {
  private static final RiskWeights W = RiskWeights.defaults();

  /** @return the points of each component of the first finding of a detector anchored on an account */
  private static Map<String, Integer> points(AnalysisResult r, Detector d, String anchor) {
    for (int i = 0; i < r.findings(d).size(); i++) {
      Finding f = r.findings(d).get(i);
      if (f.subjects().get(0).equals(anchor)) {
        return r.risk(AnalysisResult.id(d, i)).components().stream()
            .collect(Collectors.toMap(RiskComponent::name, RiskComponent::points));
      }
    }
    throw new AssertionError("no " + d.id() + " finding on " + anchor + ": " + r.findings(d));
  }

  /** Ten fresh senders pay H, new to the data, within a day, 100 days after the data begins. */
  private static YearLedger fanIntoNewAccount() {
    YearLedger y = new YearLedger(1).pay(0, "X", "Y", 1_000).pay(200, "X", "Y", 1_000);
    long[] amounts = {50_000, 50_000, 120_000, 300_000, 995_000, 480_000, 12_345, 23_456, 34_567, 45_678};
    for (int i = 0; i < amounts.length; i++) {
      y.pay(100 + i * 0.05, "S" + i, "H", amounts[i]);
    }
    return y;
  }

  @Test
  void amountsAtTheScaleOfEtherCountOnlyWhatIsRoundOrJustBelowAThreshold() {
    io.moneytrail.ledger.Ledger.Builder b = io.moneytrail.ledger.Ledger.builder(18, List.of(), List.of(), 16);
    long ether = 1_000_000_000_000_000_000L;
    b.add("x", YearLedger.T0, "X", "Y", 1, "ETH");
    long[] amounts = {ether, 3 * ether, 123_456_789_012_345_678L, 234_567_890_123_456_789L, 345_678_901_234_567_890L,
        456_789_012_345_678_901L};
    for (int i = 0; i < amounts.length; i++) {
      b.add("f" + i, YearLedger.T0 + 100 * YearLedger.DAY + i * 1000, "S" + i, "H", amounts[i], "ETH");
    }
    Map<String, Integer> p = points(analyse(b.build(), AnalysisSettings.defaults()), Detector.FAN_IN, "H");
    // 1 and 3 ether are round only if whole hundreds: none is; 10,000 ether does not fit in a long,
    // so no amount is just below that threshold, nor below 5,000, 3,000 or 1,000 ether
    assertEquals(null, p.get("amounts"), p.toString());
  }

  @Test
  void aFanInOfNewSendersIntoANewAccountScoresEveryComponentItShows() {
    Map<String, Integer> p = points(analyse(fanIntoNewAccount().build(), AnalysisSettings.defaults()), Detector.FAN_IN,
        "H");
    assertEquals(W.base(), p.get("base"));
    // every payment is the first of its pair and H has no history to compare with
    assertEquals(W.newRelationships(), p.get("newRelationships"));
    // ten transactions in a day against none otherwise
    assertEquals(W.burst(), p.get("burst"));
    // ten senders against the rule's five: twice the threshold
    assertEquals(W.exceedance(), p.get("exceedance"));
    // 500.00, 500.00, 1,200.00, 3,000.00, 4,800.00 are round, 9,950.00 is just below 10,000: 6 of 10
    assertEquals((int) Math.round(W.amounts() * 0.6), p.get("amounts"));
    assertEquals(W.newAccount(), p.get("newAccount"));
    assertEquals(null, p.get("hub"));
    assertEquals(null, p.get("regularFlows"));
  }

  @Test
  void anAccountWithFarMoreCounterpartiesThanTheNormIsAHub() {
    AnalysisSettings hubsFromTen = AnalysisSettings.defaults().withCases(AnalysisSettings.defaults().cases()
        .withHubMinCounterparties(10).withHubFactor(1));
    AnalysisResult r = analyse(fanIntoNewAccount().build(), hubsFromTen);
    assertEquals(-W.hub(), points(r, Detector.FAN_IN, "H").get("hub"));
    assertEquals(1, r.triage().hubs());
    assertEquals(10, r.triage().hubThreshold());
  }

  @Test
  void payrollPaidLikeAStandingOrderTakesTheFullRegularFlowPenalty() {
    YearLedger y = new YearLedger(2);
    for (int e = 0; e < 6; e++) {
      y.monthly(25, "EMPLOYER", "E" + e, 250_000 + e * 1_000);
    }
    AnalysisResult r = analyse(y.build(), AnalysisSettings.defaults()
        .withCases(AnalysisSettings.defaults().cases().withIgnoreEstablished(false)));
    Map<String, Integer> p = points(r, Detector.FAN_OUT, "EMPLOYER");
    assertEquals(-W.regularFlows(), p.get("regularFlows"));
    assertEquals(null, p.get("newRelationships"), "a standing order is not a new relationship");
    assertTrue(r.cases().isEmpty(), "payroll forms no case: " + r.cases());
  }

  @Test
  void aLoanPaidBackIsATwoPartyCycleThatPassesEverythingOn() {
    YearLedger y = new YearLedger(3).pay(0, "X", "Y", 1_000).pay(50, "A", "B", 200_000).pay(55, "B", "A", 200_000);
    Map<String, Integer> p = points(analyse(y.build(), AnalysisSettings.defaults()), Detector.CYCLES, "A");
    assertEquals(-W.twoPartyCycle(), p.get("twoPartyCycle"));
    assertEquals(W.passThrough(), p.get("passThrough"), "the smallest hop is the first");
    assertEquals(null, p.get("exceedance"), "two hops are the rule's least");
  }

  @Test
  void aMulePassingOnTheMoneyItReceivedScoresFullPassThroughAndOneSpendingABalanceLittle() {
    YearLedger y = new YearLedger(4).pay(0, "X", "Y", 1_000);
    // M passes on exactly what it receives within the hour
    y.pay(40, "V1", "M", 100_000).pay(40.02, "M", "C", 100_000).pay(42, "V2", "M", 100_000).pay(42.02, "M", "C", 100_000);
    // N receives small sums and pays far larger ones from its balance
    y.pay(40, "W1", "N", 10_000).pay(40.02, "N", "D", 90_000).pay(42, "W2", "N", 10_000).pay(42.02, "N", "D", 90_000);
    AnalysisResult r = analyse(y.build(), AnalysisSettings.defaults());
    int full = points(r, Detector.MULES, "M").get("passThrough");
    assertTrue(full >= W.passThrough() - 1, "M: " + full);
    int little = points(r, Detector.MULES, "N").getOrDefault("passThrough", 0);
    assertTrue(little <= Math.round(W.passThrough() * 10_000.0 / 90_000), "N: " + little);
  }

  @Test
  void aCaseAddsChainAndCorroborationToItsSeed() {
    YearLedger y = fanIntoNewAccount();
    // H passes it all on to five new payees: a fan-out and a pass-through about the same account
    for (int i = 0; i < 5; i++) {
      y.pay(100.6 + i * 0.01, "H", "O" + i, 400_000);
    }
    AnalysisResult r = analyse(y.build(), AnalysisSettings.defaults());
    Case c = r.cases().get(0);
    Map<String, Integer> p = c.risk().components().stream()
        .collect(Collectors.toMap(RiskComponent::name, RiskComponent::points));
    // fan-in, fan-out, pass-through and a gather-scatter about H: four kinds, three further findings
    assertEquals(List.of(Detector.FAN_OUT, Detector.FAN_IN, Detector.GATHER_SCATTER, Detector.MULES), c.typologies());
    assertEquals(4, c.findings().size());
    assertEquals(9, p.get("chain"), "three further kinds, a fifth of 15 each");
    assertEquals(6, p.get("corroboration"), "three further findings, a fifth of 10 each");
    assertEquals(Math.min(100, p.values().stream().mapToInt(Integer::intValue).sum()), c.risk().total());
  }
}
