package io.moneytrail.analysis.cases;

import static io.moneytrail.analysis.cases.YearLedger.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.ledger.Ledger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Triage on hand-made years of everyday life: what becomes a case, what is pushed down, and the bounds. */
class TriageTest {

  /** Victims pay a mule who passes the money to a collector, who pays it out to an exit. */
  private static void muleNetwork(YearLedger y, String name, double day, int victims) {
    String mule = "MULE-" + name;
    for (int v = 0; v < victims; v++) {
      long amount = y.euros(800, 4_000);
      double t = day + v * 0.3;
      y.pay(t, y.fresh("VICTIM-" + name), mule, amount);
      y.pay(t + 0.1, mule, "COLLECTOR-" + name, amount * 95 / 100);
    }
    for (int k = 0; k < 4; k++) {
      y.pay(day + victims * 0.3 + 0.5 + k * 0.2, "COLLECTOR-" + name, "EXIT-" + name + "-" + k, y.euros(2_000, 5_000));
    }
  }

  private static Set<String> accounts(Case c) {
    return c.accounts().stream().map(CaseAccount::account).collect(Collectors.toSet());
  }

  private static Optional<Case> caseWith(AnalysisResult r, String account) {
    return r.cases().stream().filter(c -> accounts(c).contains(account)
        && c.accounts().stream().anyMatch(a -> a.account().equals(account) && a.score() > 0)).findFirst();
  }

  @Test
  void aBusyMerchantSharedByTwoUnrelatedMuleNetworksGivesTwoCases() {
    YearLedger y = new YearLedger(1);
    for (int p = 0; p < 30; p++) {
      y.person("P" + p, "EMPLOYER", "LANDLORD");
    }
    y.person("MULE-1", "EMPLOYER", "LANDLORD").person("MULE-2", "EMPLOYER", "LANDLORD");
    // the merchant: 700 one-off customers over the year, and both mules shop there in the laundering week
    for (int c = 0; c < 700; c++) {
      y.pay(c * 0.52 + 0.3, y.fresh("CUSTOMER"), "MERCHANT", y.euros(5, 80));
    }
    muleNetwork(y, "1", 100, 8);
    muleNetwork(y, "2", 100.2, 8);
    for (int k = 0; k < 3; k++) {
      y.pay(101 + k * 0.5, "MULE-1", "MERCHANT", y.euros(20, 60));
      y.pay(101.1 + k * 0.5, "MULE-2", "MERCHANT", y.euros(20, 60));
    }
    AnalysisResult r = analyse(y.build(), AnalysisSettings.defaults());

    Case one = caseWith(r, "MULE-1").orElseThrow();
    Case two = caseWith(r, "MULE-2").orElseThrow();
    assertFalse(one == two, "the merchant must not bridge the two networks");
    assertFalse(accounts(one).contains("MULE-2"));
    assertFalse(accounts(two).contains("MULE-1"));
    assertTrue(r.triage().hubs() >= 1, "the merchant is a hub");
    for (Case c : r.cases()) {
      for (CaseAccount a : c.accounts()) {
        if (a.account().equals("MERCHANT")) {
          assertTrue(a.external(), "the merchant appears as an external counterparty in " + c.id());
        }
      }
    }
    assertEquals(Set.of(1, 2), Set.of(one.rank(), two.rank()), "the two networks are the top cases");
  }

  @Test
  void payrollAndRentOverAYearGiveNoCase() {
    YearLedger y = new YearLedger(2);
    for (int p = 0; p < 40; p++) {
      y.person("P" + p, p < 20 ? "EMPLOYER-A" : "EMPLOYER-B", p % 3 == 0 ? "LANDLORD-X" : "LANDLORD-Y");
    }
    Ledger ledger = y.build();
    AnalysisResult r = analyse(ledger, AnalysisSettings.defaults());
    assertEquals(List.of(), r.cases(), "salaries, rent and bills are established relationships");

    // looking at established relationships too, the detectors see payroll and rent, and the
    // penalty for regular flows keeps every such finding out of the cases
    AnalysisResult all = analyse(ledger, AnalysisSettings.defaults()
        .withCases(AnalysisSettings.defaults().cases().withIgnoreEstablished(false)));
    assertTrue(all.findings().stream().anyMatch(f -> f.subjects().get(0).startsWith("EMPLOYER")),
        "payroll looks like a fan-out");
    for (Case c : all.cases()) {
      assertTrue(c.accounts().stream().noneMatch(a -> a.account().matches("EMPLOYER.*|LANDLORD.*") && a.score() > 0),
          c.id() + " is about payroll or rent: " + c.statement());
    }
    for (Detector d : Detector.values()) {
      for (int i = 0; i < all.findings(d).size(); i++) {
        if (all.findings(d).get(i).subjects().get(0).matches("EMPLOYER.*|LANDLORD.*")) {
          RiskScore risk = all.risk(io.moneytrail.analysis.AnalysisResult.id(d, i));
          assertTrue(risk.components().stream().anyMatch(k -> k.name().equals("regularFlows") && k.points() < 0),
              risk.toString());
        }
      }
    }
  }

  @Test
  void aMuleWhoAlsoEarnsASalaryAndPaysRentIsFoundAndRankedAboveTheBenignFlows() {
    YearLedger y = new YearLedger(3);
    for (int p = 0; p < 40; p++) {
      y.person("P" + p, "EMPLOYER", "LANDLORD");
    }
    y.person("MULE-1", "EMPLOYER", "LANDLORD");
    // everyday look-alikes: a family round trip and a shared bill each month
    for (int m = 0; m < 12; m++) {
      y.pay(m * 30.4 + 10, "P1", "P2", 50_000).pay(m * 30.4 + 14, "P2", "P1", 50_000);
      y.pay(m * 30.4 + 2, "P3", "P4", 4_000).pay(m * 30.4 + 2, "P5", "P4", 4_000).pay(m * 30.4 + 3, "P4", "UTILITY", 12_000);
    }
    muleNetwork(y, "1", 200, 7);
    AnalysisResult r = analyse(y.build(), AnalysisSettings.defaults());
    Case mule = caseWith(r, "MULE-1").orElseThrow(() -> new AssertionError("the mule forms no case: " + r.findings()));
    assertEquals(1, mule.rank(), mule.statement());
    for (Case c : r.cases()) {
      if (c != mule) {
        assertTrue(c.risk().total() < mule.risk().total());
      }
    }
    assertTrue(mule.victims().size() >= 5, "the victims are listed for restitution");
    assertTrue(mule.statement().contains("MULE-1"), mule.statement());
  }

  @Test
  void noCaseExceedsItsBoundAndAFindingLargerThanTheBoundFormsNone() {
    YearLedger y = new YearLedger(4);
    for (int p = 0; p < 10; p++) {
      y.person("P" + p, "EMPLOYER", "LANDLORD");
    }
    for (int n = 0; n < 12; n++) {
      muleNetwork(y, Integer.toString(n), 150 + n * 0.05, 8);
      // every collector also pays the next network's collector: one connected web of findings
      y.pay(151 + n * 0.05, "COLLECTOR-" + n, "COLLECTOR-" + ((n + 1) % 12), y.euros(3_000, 6_000));
    }
    AnalysisSettings tight = AnalysisSettings.defaults()
        .withCases(AnalysisSettings.defaults().cases().withMaxAccounts(20).withMaxTransactions(30));
    Ledger ledger = y.build();
    AnalysisResult r = analyse(ledger, tight);
    assertTrue(r.cases().size() >= 2, "the web is cut into bounded cases");
    for (Case c : r.cases()) {
      assertTrue(c.accounts().size() <= 20, c.id() + " has " + c.accounts().size() + " accounts");
      assertTrue(c.rows().size() <= 30, c.id() + " has " + c.rows().size() + " transactions");
    }
    AnalysisResult tiny = analyse(ledger, AnalysisSettings.defaults()
        .withCases(AnalysisSettings.defaults().cases().withMaxAccounts(3)));
    assertEquals(List.of(), tiny.cases(), "every finding here touches more than three accounts");
    for (Detector d : Detector.values()) {
      for (int i = 0; i < tiny.findings(d).size(); i++) {
        String id = io.moneytrail.analysis.AnalysisResult.id(d, i);
        assertEquals(r.risk(id), tiny.risk(id), id + " keeps its risk outside any case");
      }
    }
  }

  @Test
  void theSameInputGivesTheSameCasesWhateverTheThreadCount() {
    YearLedger y = new YearLedger(5);
    for (int p = 0; p < 20; p++) {
      y.person("P" + p, "EMPLOYER", "LANDLORD");
    }
    for (int n = 0; n < 4; n++) {
      muleNetwork(y, Integer.toString(n), 60 + n * 40, 6);
      // round trips through shell accounts, each hop a little smaller, so the cycle search has work
      for (int k = 0; k < 5; k++) {
        double t = 70 + n * 40 + k * 2;
        y.pay(t, "RING-" + n + "-A", "RING-" + n + "-B", 900_000 - k).pay(t + 0.2, "RING-" + n + "-B", "RING-" + n + "-C",
            880_000 - k).pay(t + 0.4, "RING-" + n + "-C", "RING-" + n + "-A", 860_000 - k);
      }
    }
    Ledger ledger = y.build();
    AnalysisResult first = analyse(ledger, AnalysisSettings.defaults());
    assertTrue(first.findings(Detector.CYCLES).size() >= 4, "cycles to search in parallel");
    assertTrue(first.cases().stream().anyMatch(c -> c.typologies().contains(Detector.CYCLES)));
    List<String> reference = describe(first);
    for (int threads : new int[] {1, 2, 7}) {
      AnalysisSettings s = AnalysisSettings.defaults().with(Detector.CYCLES,
          AnalysisSettings.defaults().options(Detector.CYCLES, CycleOptions.class).withThreads(threads));
      assertEquals(reference, describe(analyse(ledger, s)), threads + " threads");
    }
    assertEquals(reference, describe(analyse(ledger, AnalysisSettings.defaults())));
  }

  private static List<String> describe(AnalysisResult r) {
    return r.cases().stream().map(c -> c.id() + " " + c.risk() + " " + c.findings() + " " + c.transactions() + " "
        + c.accounts().stream().map(a -> a.account() + ":" + a.score() + ":" + a.external()).toList() + " "
        + c.statement() + " " + c.victims() + " " + c.exits()).toList();
  }
}
