package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.synth.GeneratedRun.Benign;
import io.moneytrail.synth.GeneratedRun.Label;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded planting: planted patterns live on ordinary accounts that keep their ordinary activity. */
class EmbeddedPlantingTest {
  /** January to April 2025 (120 days), the default typology mix, two currencies. */
  static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withAccounts(20_000).withDays(120)
      .withTransactions(400_000).withSeed(31).withCurrencies(List.of("EUR", "USD"));

  @TempDir
  static Path dir;
  private static GeneratedRun run;

  @BeforeAll
  static void generate() throws IOException {
    run = GeneratedRun.of(OPTIONS, dir);
  }

  /** @return accounts receiving scam-centre mule forwards or consolidations (the collectors) */
  private static Set<String> collectors() {
    Set<String> s = new HashSet<>();
    for (Label l : run.labels) {
      if (l.role().equals("mule_forward") || l.role().equals("consolidation")) {
        s.add(run.to(l.row()));
      }
    }
    return s;
  }

  @Test
  void everyPlantedPersonIsPaidASalaryEveryMonthAndPaysRentOrBills() {
    Map<String, Set<YearMonth>> salaryMonths = new HashMap<>();
    Map<String, Integer> housingAndBills = new HashMap<>();
    for (Benign b : run.benign) {
      if (b.kind().equals("payroll")) {
        salaryMonths.computeIfAbsent(run.to(b.row()), k -> new HashSet<>())
            .add(YearMonth.from(run.time(b.row()).atZone(ZoneOffset.UTC)));
      } else if (Set.of("utility", "landlord", "shared_bill").contains(b.kind())
          && Set.of("bill", "rent", "share").contains(b.role())) {
        housingAndBills.merge(run.from(b.row()), 1, Integer::sum);
      }
    }
    Set<Integer> labelled = run.labelledRows();
    Map<String, Integer> ordinaryRows = new HashMap<>();
    for (int row = 0; row < run.ledger.size(); row++) {
      if (!labelled.contains(row)) {
        ordinaryRows.merge(run.from(row), 1, Integer::sum);
        ordinaryRows.merge(run.to(row), 1, Integer::sum);
      }
    }
    Set<String> collectors = collectors();
    Set<YearMonth> period = Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
        YearMonth.of(2025, 4));
    int persons = 0;
    for (Map.Entry<String, Set<String>> p : run.patternAccounts().entrySet()) {
      for (String account : p.getValue()) {
        if (collectors.contains(account)) {
          continue;
        }
        persons++;
        assertEquals(period, salaryMonths.getOrDefault(account, Set.of()), account + " of " + p.getKey());
        assertTrue(housingAndBills.getOrDefault(account, 0) >= 4, account + " of " + p.getKey() + " pays no bills");
        assertTrue(ordinaryRows.getOrDefault(account, 0) >= 12, account + " of " + p.getKey() + " has "
            + ordinaryRows.get(account) + " ordinary rows");
      }
    }
    assertEquals(run.summary.plantedAccounts() - collectors.size(), persons);
  }

  @Test
  void scamCentreCollectorsAreSmallShopsWithOrdinaryCardPaymentsAndRent() {
    Set<String> collectors = collectors();
    assertTrue(collectors.size() >= OPTIONS.count(Typology.SCAM_CENTRE), collectors.toString());
    Set<Integer> labelled = run.labelledRows();
    Set<Integer> grouped = new HashSet<>();
    Map<String, Integer> rents = new HashMap<>();
    for (Benign b : run.benign) {
      grouped.add(b.row());
      if (b.kind().equals("landlord")) {
        rents.merge(run.from(b.row()), 1, Integer::sum);
      }
    }
    Map<String, Set<String>> cardPayers = new HashMap<>();
    for (int row = 0; row < run.ledger.size(); row++) {
      if (!labelled.contains(row) && !grouped.contains(row) && collectors.contains(run.to(row))) {
        cardPayers.computeIfAbsent(run.to(row), k -> new HashSet<>()).add(run.from(row));
      }
    }
    for (String c : collectors) {
      assertTrue(cardPayers.getOrDefault(c, Set.of()).size() >= 5, c + " has " + cardPayers.get(c) + " payers");
      assertEquals(4, rents.getOrDefault(c, 0), c + " pays rent monthly");
    }
  }

  @Test
  void noAccountTakesPartInMoreThanOnePlantedPattern() {
    Map<String, String> patternOf = new HashMap<>();
    int accounts = 0;
    for (Map.Entry<String, Set<String>> p : run.patternAccounts().entrySet()) {
      for (String account : p.getValue()) {
        String other = patternOf.put(account, p.getKey());
        assertTrue(other == null, account + " is in " + other + " and " + p.getKey());
        accounts++;
      }
    }
    assertEquals(run.summary.plantedAccounts(), accounts);
  }

  @Test
  void plantedAmountsAreInTheRangeOfOrdinaryAmounts() {
    Set<Integer> labelled = run.labelledRows();
    List<Long> ordinary = new ArrayList<>();
    for (int row = 0; row < run.ledger.size(); row++) {
      if (!labelled.contains(row)) {
        ordinary.add(run.amount(row));
      }
    }
    Collections.sort(ordinary);
    long p10 = ordinary.get(ordinary.size() / 10);
    long p99 = ordinary.get(ordinary.size() * 99 / 100);
    Map<String, List<Long>> byRole = new HashMap<>();
    Set<String> roles = Set.of("fan_in/sender_payment", "fan_out/payout", "cycle/hop", "scatter_gather/scatter",
        "gather_scatter/gather", "mule_chain/inflow", "scam_centre/victim_payment");
    for (Label l : run.labels) {
      String key = l.typology() + "/" + l.role();
      if (roles.contains(key)) {
        byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(run.amount(l.row()));
      }
    }
    assertEquals(roles, byRole.keySet());
    for (Map.Entry<String, List<Long>> e : byRole.entrySet()) {
      List<Long> v = e.getValue();
      Collections.sort(v);
      long median = v.get(v.size() / 2);
      assertTrue(median >= p10 && median <= p99,
          e.getKey() + " median " + median + " outside ordinary p10-p99 " + p10 + "-" + p99);
    }
    List<Long> hops = byRole.get("cycle/hop");
    assertTrue(hops.get(hops.size() / 2) < 1_000_000, "cycle hops are mostly a few hundred to a few thousand");
  }

  @Test
  void plantedRowsAndEveryPaymentOfPlantedAccountsAreInTheFirstCurrency() {
    Set<String> planted = new HashSet<>();
    run.patternAccounts().values().forEach(planted::addAll);
    Set<String> usedCurrencies = new TreeSet<>();
    for (int row = 0; row < run.ledger.size(); row++) {
      usedCurrencies.add(run.ledger.currency(row));
      if (planted.contains(run.from(row))) {
        assertEquals("EUR", run.ledger.currency(row), run.ledger.txId(row));
      }
    }
    assertEquals(Set.of("EUR", "USD"), usedCurrencies);
  }

  @Test
  void tooFewAccountsOrRowsNameTheLeastValueThatWorks() {
    GeneratorOptions small = GeneratorOptions.defaults().withAccounts(1_000).withDays(90).withTransactions(300_000);
    String accounts = assertThrows(IllegalArgumentException.class, () -> write(small)).getMessage();
    Matcher m = Pattern.compile("^accounts must be at least (\\d+) ").matcher(accounts);
    assertTrue(m.find(), accounts);
    GeneratorOptions enough = small.withAccounts(Integer.parseInt(m.group(1)));
    assertEquals(300_000, write(enough).rows());

    GeneratorOptions fewRows = enough.withTransactions(10_000);
    String rows = assertThrows(IllegalArgumentException.class, () -> write(fewRows)).getMessage();
    Matcher r = Pattern.compile("^transactions must be at least (\\d+) ").matcher(rows);
    assertTrue(r.find(), rows);
    long least = Long.parseLong(r.group(1));
    assertTrue(least > 10_000, rows);
    assertEquals(least, write(fewRows.withTransactions(least)).rows());
  }

  private static GenerationSummary write(GeneratorOptions options) {
    return new ScenarioGenerator(options).generate(new StringWriter(), new StringWriter());
  }
}
