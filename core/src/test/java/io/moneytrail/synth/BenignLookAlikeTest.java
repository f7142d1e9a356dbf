package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.synth.GeneratedRun.Benign;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benign look-alike file: every group is what its kind says, read back through the real loader. */
class BenignLookAlikeTest {
  /** January to April 2025 (120 days), the default typology mix. */
  static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withAccounts(20_000).withDays(120)
      .withTransactions(400_000).withSeed(8);

  private static final Map<String, Set<String>> ROLES = Map.of(
      "payroll", Set.of("salary"),
      "merchant", Set.of("purchase"),
      "landlord", Set.of("rent"),
      "utility", Set.of("bill"),
      "family_round_trip", Set.of("loan", "pass_on", "repayment"),
      "own_account_sweep", Set.of("to_savings", "from_savings"),
      "shared_bill", Set.of("share", "rent"),
      "exchange", Set.of("top_up", "payout"),
      "processor", Set.of("payment", "payout"));

  @TempDir
  static Path dir;
  private static GeneratedRun run;

  @BeforeAll
  static void generate() throws IOException {
    run = GeneratedRun.of(OPTIONS, dir);
  }

  private static Set<String> set(List<Benign> rows, java.util.function.IntFunction<String> f) {
    return rows.stream().map(b -> f.apply(b.row())).collect(Collectors.toSet());
  }

  @Test
  void everyBenignRowNamesAnUnlabelledTransactionAndGroupsAreNumberedOneByOne() {
    Set<Integer> labelled = run.labelledRows();
    Set<Integer> seen = new HashSet<>();
    int previous = -1;
    for (Benign b : run.benign) {
      assertTrue(b.row() > previous, "benign rows in transaction order");
      previous = b.row();
      assertTrue(seen.add(b.row()), "one benign row per transaction");
      assertTrue(!labelled.contains(b.row()), "a planted transaction is not benign: " + run.ledger.txId(b.row()));
      assertTrue(ROLES.containsKey(b.kind()), b.kind());
      assertTrue(ROLES.get(b.kind()).contains(b.role()), b.kind() + " role " + b.role());
      assertTrue(b.group().matches(b.kind() + "-\\d{4,}"), b.group());
    }
    for (BenignKind kind : BenignKind.values()) {
      Map<String, List<Benign>> groups = run.groups(kind.label());
      assertTrue(!groups.isEmpty(), kind.label());
      Set<Long> numbers = groups.keySet().stream().map(g -> Long.parseLong(g.substring(g.lastIndexOf('-') + 1)))
          .collect(Collectors.toSet());
      for (long n = 1; n <= groups.size(); n++) {
        assertTrue(numbers.contains(n), kind.label() + " group " + n + " missing");
      }
      assertEquals((long) groups.size(), run.summary.benignGroups().get(kind), kind.label());
      long rows = groups.values().stream().mapToLong(List::size).sum();
      assertEquals(rows, run.summary.benignRows().get(kind), kind.label());
    }
  }

  @Test
  void eachEmployerPaysEachOfItsEmployeesTheSameSalaryOnceAMonthOnItsPayDay() {
    Map<String, Map<YearMonth, Map<String, Long>>> byEmployer = new HashMap<>();
    Map<String, Set<Integer>> payDays = new HashMap<>();
    for (List<Benign> group : run.groups("payroll").values()) {
      Set<String> employers = set(group, run::from);
      Set<LocalDate> dates = set(group, r -> run.date(r).toString()).stream().map(LocalDate::parse)
          .collect(Collectors.toSet());
      assertEquals(1, employers.size(), "one employer per run");
      assertEquals(1, dates.size(), "a run is one day");
      String employer = employers.iterator().next();
      LocalDate date = dates.iterator().next();
      payDays.computeIfAbsent(employer, k -> new HashSet<>()).add(date.getDayOfMonth());
      Map<String, Long> paid = byEmployer.computeIfAbsent(employer, k -> new TreeMap<>())
          .computeIfAbsent(YearMonth.from(date), k -> new HashMap<>());
      assertTrue(paid.isEmpty(), employer + " has one run in " + YearMonth.from(date));
      for (Benign b : group) {
        assertTrue(paid.put(run.to(b.row()), run.amount(b.row())) == null, "paid once: " + run.to(b.row()));
      }
    }
    Set<YearMonth> period = Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
        YearMonth.of(2025, 4));
    for (Map.Entry<String, Map<YearMonth, Map<String, Long>>> e : byEmployer.entrySet()) {
      assertEquals(1, payDays.get(e.getKey()).size(), e.getKey() + " pays on a fixed day");
      assertEquals(period, e.getValue().keySet(), e.getKey() + " pays every month");
      Map<String, Long> first = e.getValue().get(YearMonth.of(2025, 1));
      for (Map<String, Long> month : e.getValue().values()) {
        assertEquals(first, month, e.getKey() + " pays the same employees the same salaries");
      }
    }
    assertTrue(byEmployer.size() >= Census.of(OPTIONS.accounts()).employers() * 9 / 10, "employers " + byEmployer.size());
  }

  @Test
  void landlordsRangeFromPropertyCompaniesWithHundredsOfTenantsToPersonsLettingOneToFourHomes() {
    List<Integer> landlords = new ArrayList<>();
    for (List<Benign> g : run.groups("landlord").values()) {
      landlords.add(set(g, run::from).size());
    }
    landlords.sort(null);
    long small = landlords.stream().filter(n -> n <= 4).count();
    assertTrue(small >= landlords.size() * 8 / 10, "private landlords with 1-4 tenants: " + small + " of " + landlords.size());
    assertTrue(landlords.get(landlords.size() - 1) >= 100, "largest property company " + landlords.get(landlords.size() - 1));
  }

  @Test
  void utilitiesMerchantsAndPlatformsGroupOnePayeeOrPlatformOnOneDayOrMonth() {
    for (List<Benign> g : run.groups("utility").values()) {
      assertEquals(1, set(g, run::to).size(), "one utility");
      assertEquals(1, set(g, r -> run.date(r).toString()).size(), "one collection day");
      assertEquals(g.size(), set(g, run::from).size(), "each payer once");
    }
    assertTrue(run.groups("utility").values().stream().anyMatch(g -> g.size() >= 1_000), "a utility with many payers");
    for (List<Benign> g : run.groups("merchant").values()) {
      assertEquals(1, set(g, run::to).size(), "one marketplace");
      assertEquals(1, set(g, r -> run.date(r).toString()).size(), "one peak day");
      assertTrue(set(g, run::from).size() >= 20, "a peak day has many payers: " + g.size());
    }
    for (String kind : List.of("exchange", "processor")) {
      Map<String, Set<String>> directions = new HashMap<>();
      for (List<Benign> g : run.groups(kind).values()) {
        assertEquals(1, set(g, r -> run.date(r).toString()).size(), kind + " one day");
        Set<String> platform = new HashSet<>();
        for (Benign b : g) {
          boolean in = b.role().equals("top_up") || b.role().equals("payment");
          platform.add(in ? run.to(b.row()) : run.from(b.row()));
          directions.computeIfAbsent(in ? run.to(b.row()) : run.from(b.row()), k -> new HashSet<>()).add(b.role());
        }
        assertEquals(1, platform.size(), kind + " one platform");
      }
      for (Map.Entry<String, Set<String>> e : directions.entrySet()) {
        assertEquals(ROLES.get(kind), e.getValue(), kind + " " + e.getKey() + " both receives and pays out");
      }
    }
  }

  @Test
  void landlordsCollectMonthlyRentAndFlatsPassTheirSharesOn() {
    for (List<Benign> g : run.groups("landlord").values()) {
      assertEquals(1, set(g, run::to).size(), "one landlord");
      Map<String, Set<YearMonth>> months = new HashMap<>();
      for (Benign b : g) {
        assertTrue(months.computeIfAbsent(run.from(b.row()), k -> new HashSet<>()).add(YearMonth.from(run.date(b.row()))),
            "a tenant pays once a month");
      }
      assertTrue(months.values().stream().allMatch(m -> m.size() == 4), "every tenant pays every month");
    }
    for (List<Benign> g : run.groups("shared_bill").values()) {
      List<Benign> rent = g.stream().filter(b -> b.role().equals("rent")).toList();
      List<Benign> shares = g.stream().filter(b -> b.role().equals("share")).toList();
      if (rent.isEmpty()) {
        continue;
      }
      assertEquals(1, rent.size(), "one rent per flat and month");
      String lead = run.from(rent.get(0).row());
      assertTrue(shares.size() >= 1 && shares.size() <= 3, "1-3 flatmates");
      long paidIn = 0;
      for (Benign s : shares) {
        assertEquals(lead, run.to(s.row()), "shares go to the lead tenant");
        long before = Duration.between(run.time(s.row()), run.time(rent.get(0).row())).toHours();
        assertTrue(before >= 0 && before <= 72, "shares come in the days before the rent");
        paidIn += run.amount(s.row());
      }
      long rentPaid = run.amount(rent.get(0).row());
      assertTrue(paidIn >= rentPaid / 2 && paidIn <= rentPaid + 6_100L * shares.size(),
          "shares cover the flatmates' part of the rent: " + paidIn + " of " + rentPaid);
    }
  }

  @Test
  void roundTripsComeBackAndSweepsMoveBetweenOnePersonsTwoAccounts() {
    int viaThird = 0;
    for (List<Benign> g : run.groups("family_round_trip").values()) {
      Benign loan = g.get(0);
      Benign repayment = g.get(g.size() - 1);
      assertEquals("loan", loan.role());
      assertEquals("repayment", repayment.role());
      assertTrue(g.size() == 2 || g.size() == 3, "2 or 3 legs");
      String lender = run.from(loan.row());
      assertEquals(lender, run.to(repayment.row()), "the money comes back to the lender");
      if (g.size() == 3) {
        viaThird++;
        assertEquals("pass_on", g.get(1).role());
        assertEquals(run.to(loan.row()), run.from(g.get(1).row()));
        assertEquals(run.to(g.get(1).row()), run.from(repayment.row()));
      } else {
        assertEquals(run.to(loan.row()), run.from(repayment.row()));
      }
      assertTrue(run.amount(repayment.row()) >= run.amount(loan.row()), "repaid in full");
      long days = Duration.between(run.time(loan.row()), run.time(repayment.row())).toDays();
      assertTrue(days >= 1 && days <= 28, "repaid within days or weeks: " + days);
    }
    assertTrue(viaThird > 0, "some round trips pass through a third person");
    Map<String, LocalDate> lastSalary = new HashMap<>();
    int sweeps = 0;
    Map<String, List<Benign>> groups = run.groups("own_account_sweep");
    Map<Integer, String> payrollRows = new HashMap<>();
    run.groups("payroll").values().forEach(g -> g.forEach(b -> payrollRows.put(b.row(), b.group())));
    Map<String, List<LocalDate>> salaries = new HashMap<>();
    payrollRows.keySet().forEach(r -> salaries.computeIfAbsent(run.to(r), k -> new ArrayList<>()).add(run.date(r)));
    for (List<Benign> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      sweeps++;
      Benign out = g.get(0);
      Benign back = g.get(1);
      assertEquals("to_savings", out.role());
      assertEquals("from_savings", back.role());
      assertEquals(run.from(out.row()), run.to(back.row()), "between the same two accounts");
      assertEquals(run.to(out.row()), run.from(back.row()), "between the same two accounts");
      assertTrue(run.amount(back.row()) < run.amount(out.row()), "part of it comes back");
      LocalDate swept = run.date(out.row());
      boolean afterSalary = salaries.getOrDefault(run.from(out.row()), List.of()).stream()
          .anyMatch(d -> !d.isAfter(swept) && !d.plusDays(2).isBefore(swept));
      assertTrue(afterSalary, "swept within two days of a salary");
      lastSalary.put(run.from(out.row()), swept);
    }
    assertTrue(sweeps >= groups.size() * 9 / 10, "sweeps " + sweeps + " of " + groups.size());
  }
}
