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
  static Case scam;

  @BeforeAll
  static void analyse() {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/scam-centre.csv"));
    result = Analysis.run(load, AnalysisSettings.defaults());
    scam = result.cases().get(0);
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

  @Test
  void theRoundTripIsTheOnlyCycleAndSitsInTheTopCase() {
    List<? extends Finding> cycles = result.findings(Detector.CYCLES);
    assertEquals(1, cycles.size());
    Finding ring = cycles.get(0);
    assertEquals(List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD"), ring.subjects());
    assertEquals(ring, result.finding("cycles-1").orElseThrow());
    assertTrue(scam.findings().contains("cycles-1"));
    assertEquals("case-1", scam.id());
  }

  @Test
  void theMuleChainAndBothCollectorsAreInTheTopCase() {
    List<String> mules = result.findings(Detector.MULES).stream().map(f -> f.subjects().get(0)).sorted().toList();
    assertEquals(List.of("COLLECTOR-2", "MULE-01", "MULE-02", "MULE-03", "MULE-04", "MULE-05", "MULE-06"), mules);
    for (String id : ids(Detector.MULES, f -> true)) {
      assertTrue(scam.findings().contains(id), id);
    }
    List<? extends Finding> fanIns = result.findings(Detector.FAN_IN);
    List<String> fanInHubs = java.util.stream.IntStream.range(0, fanIns.size())
        .filter(i -> scam.findings().contains(AnalysisResult.id(Detector.FAN_IN, i)))
        .mapToObj(i -> fanIns.get(i).subjects().get(0)).distinct().sorted().toList();
    assertEquals(List.of("COLLECTOR-1", "COLLECTOR-2", "CRYPTO-EXCHANGE-X"), fanInHubs);
    assertEquals(List.of(Detector.values()), scam.typologies(), "every typology is planted in the scam");
    List<String> layering = ids(Detector.SCATTER_GATHER, f -> f.subjects().get(0).equals("COLLECTOR-1"));
    assertEquals(List.of("COLLECTOR-1", "LAYER-01", "LAYER-02", "LAYER-03", "LAYER-04", "LAYER-05", "LAYER-06",
        "CRYPTO-EXCHANGE-X"), result.finding(layering.get(0)).orElseThrow().subjects());
    assertTrue(scam.findings().contains(layering.get(0)));
  }

  @Test
  void accountsGetTheExpectedRoles() {
    Map<String, CaseAccount> a = accounts(scam);
    for (String shell : List.of("SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD")) {
      assertEquals(Role.MULE, a.get(shell).role().role(), shell);
    }
    for (int i = 1; i <= 6; i++) {
      assertEquals(Role.MULE, a.get("LAYER-0" + i).role().role());
      // victims pay each mule and it pays on to fewer collectors: a collecting pass-through account
      assertEquals(Role.COLLECTOR, a.get("MULE-0" + i).role().role());
    }
    for (int i = 1; i <= 24; i++) {
      String v = String.format("VICTIM-%02d", i);
      assertEquals(Role.SOURCE, a.get(v).role().role(), v);
      assertTrue(a.get(v).role().victimLike(), v);
      assertEquals(0, a.get(v).score(), v);
    }
    for (String exit : List.of("CASH-OUT-ATM", "MSB-REMIT-7", "CRYPTO-EXCHANGE-X")) {
      assertEquals(Role.EXIT, a.get(exit).role().role(), exit);
    }
    // the collectors keep most of what the mules send them (COLLECTOR-1 pays on 27,750 of 112,033 EUR):
    // by the role rules money rests there, so they are exits; their hub typology shows in the findings
    assertEquals(Role.EXIT, a.get("COLLECTOR-1").role().role());
    assertEquals(Role.EXIT, a.get("COLLECTOR-2").role().role());
    assertTrue(a.get("COLLECTOR-1").findings().stream().anyMatch(id -> id.startsWith("fan-in-")));
    assertTrue(a.get("COLLECTOR-2").findings().stream().anyMatch(id -> id.startsWith("fan-in-")));
    assertEquals(Role.SOURCE, a.get("RUNNER-1").role().role());
    assertFalse(a.get("RUNNER-1").role().victimLike());
  }

  @Test
  void collectorTwoScoresHighestWithAReasonPerTypology() {
    CaseAccount top = scam.accounts().get(0);
    assertEquals("COLLECTOR-2", top.account());
    // exit 15 + 5 typologies (cycle, fan-in, gather-scatter, mule, structuring) x 15
    assertEquals(90, top.score());
    assertEquals(6, top.reasons().size());
    assertTrue(top.reasons().get(1).startsWith("round trip (cycle): subject of 1 finding(s)"), top.reasons().get(1));
    for (int i = 1; i < scam.accounts().size(); i++) {
      assertTrue(scam.accounts().get(i - 1).score() >= scam.accounts().get(i).score());
    }
  }

  @Test
  void benignBackgroundFormsALowerRankedCaseWithoutScamAccounts() {
    assertEquals(2, result.cases().size());
    Case background = result.cases().get(1);
    assertTrue(scam.largestTotal() > background.largestTotal());
    for (CaseAccount acc : background.accounts()) {
      assertTrue(acc.account().matches("P\\d\\d|EMPLOYER-\\d|LANDLORD-CO|POWER-UTIL|SHOP-\\d"), acc.account());
    }
    assertTrue(accounts(scam).keySet().stream().noneMatch(k -> k.startsWith("P") || k.startsWith("EMPLOYER")));
  }

  @Test
  void everyFindingBelongsToExactlyOneCase() {
    long inCases = result.cases().stream().mapToLong(c -> c.findings().size()).sum();
    assertEquals(result.findings().size(), inCases);
    assertEquals(result.findings().size(), result.cases().stream().flatMap(c -> c.findings().stream()).distinct().count());
  }

  @Test
  void caseTotalsAreTheSumOfDistinctFlaggedTransactions() {
    var ledger = result.index().ledger();
    long sum = scam.rows().stream().mapToLong(ledger::amount).sum();
    assertEquals(sum, scam.totals().get(0).minorUnits());
    assertEquals(scam.rows().size(), scam.rows().stream().distinct().count());
  }
}
