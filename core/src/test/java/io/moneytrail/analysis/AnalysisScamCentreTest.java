package io.moneytrail.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled scam-centre scenario through the whole analysis: findings, cases, roles, scores. */
class AnalysisScamCentreTest {
  static AnalysisResult result;

  @BeforeAll
  static void analyse() {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/scam-centre.csv"));
    result = Analysis.run(load, AnalysisSettings.defaults());
  }

  /** @return the ids of a detector's findings that satisfy a test */
  private static List<String> ids(Detector d, java.util.function.Predicate<Finding> test) {
    List<? extends Finding> of = result.findings(d);
    return java.util.stream.IntStream.range(0, of.size()).filter(i -> test.test(of.get(i)))
        .mapToObj(i -> AnalysisResult.id(d, i)).toList();
  }

  private static Map<String, CaseAccount> accounts(Case c) {
    return c.accounts().stream().collect(Collectors.toMap(CaseAccount::account, Function.identity()));
  }

  /** @return whether an account belongs to the scenario's ordinary background (payroll, rent, shops) */
  private static boolean background(String account) {
    return account.matches("P\\d\\d|EMPLOYER-\\d|LANDLORD-CO|POWER-UTIL|SHOP-\\d");
  }

  /** @return the cases holding no background account: the scam centre's */
  private static List<Case> scamCases() {
    return result.cases().stream().filter(c -> c.accounts().stream().noneMatch(a -> background(a.account()))).toList();
  }

  /** @return the scam case holding a finding */
  private static Case caseOf(String finding) {
    return scamCases().stream().filter(c -> c.findings().contains(finding)).findFirst()
        .orElseThrow(() -> new AssertionError(finding + " is in no scam case"));
  }

  @Test
  void theRoundTripIsTheOnlyCycleAndSitsInATopScamCase() {
    List<? extends Finding> cycles = result.findings(Detector.CYCLES);
    assertEquals(1, cycles.size());
    Finding ring = cycles.get(0);
    assertEquals(List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD"), ring.subjects());
    assertEquals(ring, result.finding("cycles-1").orElseThrow());
    assertTrue(caseOf("cycles-1").rank() <= scamCases().size());
  }

  @Test
  void theMuleChainAndBothCollectorsAreInScamCasesThatHoldEveryTypology() {
    List<String> mules = result.findings(Detector.MULES).stream().map(f -> f.subjects().get(0)).sorted().toList();
    assertEquals(List.of("COLLECTOR-2", "MULE-01", "MULE-02", "MULE-03", "MULE-04", "MULE-05", "MULE-06"), mules);
    for (String id : ids(Detector.MULES, f -> f.subjects().get(0).startsWith("MULE-"))) {
      Case c = caseOf(id);
      assertTrue(c.victims().size() >= 3, id + " has the victims who paid the mule");
    }
    List<String> fanInHubs = ids(Detector.FAN_IN, f -> !background(f.subjects().get(0))).stream()
        .map(id -> result.finding(id).orElseThrow().subjects().get(0)).distinct().sorted().toList();
    assertEquals(List.of("COLLECTOR-1", "COLLECTOR-2", "CRYPTO-EXCHANGE-X"), fanInHubs);
    assertTrue(ids(Detector.FAN_IN, f -> f.subjects().get(0).equals("CRYPTO-EXCHANGE-X")).stream()
        .anyMatch(id -> scamCases().stream().anyMatch(c -> c.findings().contains(id))));
    assertEquals(List.of(Detector.values()), scamCases().stream().flatMap(c -> c.typologies().stream()).distinct()
        .sorted().toList(), "every typology is planted in the scam and found in its cases");
    List<String> layering = ids(Detector.SCATTER_GATHER, f -> f.subjects().get(0).equals("COLLECTOR-1"));
    assertEquals(List.of("COLLECTOR-1", "LAYER-01", "LAYER-02", "LAYER-03", "LAYER-04", "LAYER-05", "LAYER-06",
        "CRYPTO-EXCHANGE-X"), result.finding(layering.get(0)).orElseThrow().subjects());
    caseOf(layering.get(0));
  }

  @Test
  void accountsGetTheExpectedRoles() {
    Map<String, CaseAccount> a = accounts(caseOf(ids(Detector.SCATTER_GATHER,
        f -> f.subjects().get(0).equals("COLLECTOR-1")).get(0)));
    for (int i = 1; i <= 6; i++) {
      assertEquals(Role.MULE, a.get("LAYER-0" + i).role().role());
    }
    int victims = 0;
    for (Case c : scamCases()) {
      for (CaseAccount v : c.accounts()) {
        if (v.account().startsWith("VICTIM-")) {
          victims++;
          assertEquals(Role.SOURCE, v.role().role(), v.account());
          assertTrue(v.role().victimLike(), v.account());
          assertEquals(0, v.score(), v.account());
          assertTrue(c.victims().stream().anyMatch(f -> f.account().equals(v.account())), v.account());
        }
      }
    }
    assertEquals(24, victims, "every victim appears once, in the case of the mule it paid");
    Map<String, CaseAccount> ring = accounts(caseOf("cycles-1"));
    for (String shell : List.of("SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD")) {
      assertEquals(Role.MULE, ring.get(shell).role().role(), shell);
    }
    for (Case c : scamCases()) {
      Map<String, CaseAccount> all = accounts(c);
      for (String exit : List.of("CASH-OUT-ATM", "MSB-REMIT-7", "CRYPTO-EXCHANGE-X")) {
        if (all.containsKey(exit)) {
          assertEquals(Role.EXIT, all.get(exit).role().role(), exit + " in " + c.id());
          assertTrue(c.exits().stream().anyMatch(f -> f.account().equals(exit)), exit + " in " + c.id());
        }
      }
      if (all.containsKey("RUNNER-1")) {
        assertFalse(all.get("RUNNER-1").role().victimLike(), "the runner makes many payments");
      }
    }
  }

  @Test
  void anAccountScoresTheRiskOfTheRiskiestFindingAboutItWithAReasonPerFinding() {
    for (Case c : result.cases()) {
      for (CaseAccount acc : c.accounts()) {
        int best = acc.findings().stream().mapToInt(id -> result.risk(id).total()).max().orElse(0);
        assertEquals(best, acc.score(), acc.account());
        assertEquals(acc.findings().size(), acc.reasons().size());
      }
      for (int i = 1; i < c.accounts().size(); i++) {
        assertTrue(c.accounts().get(i - 1).score() >= c.accounts().get(i).score());
      }
    }
  }

  @Test
  void theScamCentreHoldsTheTopCasesAndTheBackgroundNeverSharesOne() {
    List<Case> scam = scamCases();
    Case background = result.cases().stream().filter(c -> !scam.contains(c)).findFirst().orElseThrow();
    for (Case c : result.cases()) {
      if (!scam.contains(c)) {
        assertTrue(c.accounts().stream().allMatch(acc -> background(acc.account())), c.id() + " mixes scam and background");
      }
    }
    assertTrue(background.rank() > 5, "payroll and rent rank below the scam's main cases: " + background.rank());
    for (int rank = 1; rank < background.rank(); rank++) {
      assertTrue(scam.contains(result.cases().get(rank - 1)), "case " + rank);
    }
    // two months of data: salaries and rent cannot be established relationships yet, so the
    // background is examined; its findings carry the penalty for regular flows
    assertTrue(background.findings().stream().anyMatch(id -> result.risk(id).components().stream()
        .anyMatch(k -> k.name().equals("regularFlows") && k.points() < 0)));
  }

  @Test
  void everyFindingOfCaseRiskIsInExactlyOneCaseAndNoOtherIsInAny() {
    int minRisk = result.settings().cases().minRisk();
    Map<String, Long> times = result.cases().stream().flatMap(c -> c.findings().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (Detector d : Detector.values()) {
      for (int i = 0; i < result.findings(d).size(); i++) {
        String id = AnalysisResult.id(d, i);
        long expected = result.risk(id).total() >= minRisk ? 1 : 0;
        assertEquals(expected, times.getOrDefault(id, 0L), id + " of risk " + result.risk(id).total());
      }
    }
  }

  @Test
  void caseTotalsAreTheSumOfDistinctFlaggedTransactions() {
    var ledger = result.index().ledger();
    Case scam = result.cases().get(0);
    long sum = scam.rows().stream().mapToLong(ledger::amount).sum();
    assertEquals(sum, scam.totals().get(0).minorUnits());
    assertEquals(scam.rows().size(), scam.rows().stream().distinct().count());
  }
}
