package io.moneytrail.analysis.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceOptions;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.analysis.trace.TraceStart;
import io.moneytrail.analysis.trace.Tracer;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountRolesTest {

  /**
   * Three victims pay a collector (one victim also pays its rent, outside the flow), which passes to
   * a mule, which pays a distributor, which pays three cash-out accounts; one cash-out keeps most.
   */
  static Ledger scamFlow() {
    Ledger.Builder b = Ledger.builder();
    long t = 1_700_000_000_000L;
    b.add("v1", t, "victim1", "collector", 10_000, "EUR");
    b.add("v2", t + 1, "victim2", "collector", 10_000, "EUR");
    b.add("v3", t + 2, "victim3", "collector", 10_000, "EUR");
    b.add("rent", t + 3, "victim3", "landlord", 20_000, "EUR");
    b.add("c1", t + 10, "collector", "mule", 30_000, "EUR");
    b.add("m1", t + 20, "mule", "distributor", 29_000, "EUR");
    b.add("d1", t + 30, "distributor", "cash1", 10_000, "EUR");
    b.add("d2", t + 31, "distributor", "cash2", 10_000, "EUR");
    b.add("d3", t + 32, "distributor", "cash3", 9_000, "EUR");
    b.add("k1", t + 40, "cash3", "elsewhere", 4_000, "EUR");
    return b.build();
  }

  private static Map<String, AccountRole> roles(Ledger ledger, Set<String> flagged, RoleOptions options) {
    int[] rows = IntStream.range(0, ledger.size()).filter(r -> flagged.contains(ledger.txId(r))).toArray();
    return AccountRoles.assign(FlowGraph.of(ledger).index(), rows, options).stream()
        .collect(Collectors.toMap(AccountRole::account, a -> a, (a, b) -> a, TreeMap::new));
  }

  private static final Set<String> FLOW = Set.of("v1", "v2", "v3", "c1", "m1", "d1", "d2", "d3", "k1");

  @Test
  void eachAccountGetsTheRoleItsFiguresMake() {
    Map<String, AccountRole> r = roles(scamFlow(), FLOW, RoleOptions.defaults());
    assertEquals(Role.SOURCE, r.get("victim1").role());
    assertTrue(r.get("victim1").victimLike());
    assertEquals(Role.COLLECTOR, r.get("collector").role());
    assertEquals(Role.MULE, r.get("mule").role());
    assertEquals(Role.DISTRIBUTOR, r.get("distributor").role());
    assertEquals(Role.EXIT, r.get("cash1").role());
    assertEquals(Role.EXIT, r.get("elsewhere").role());
    // cash3 passes on 4000 of 9000 = 0.444 < 0.5
    assertEquals(Role.EXIT, r.get("cash3").role());
    assertTrue(r.get("cash3").reasons().get(0).contains("0.4444"), r.get("cash3").reasons().toString());
    assertEquals(3, r.get("collector").figures().flaggedPayers());
    assertEquals(30_000, r.get("collector").figures().flaggedInAmount());
    assertFalse(r.containsKey("landlord"));
  }

  @Test
  void victimLikeNeedsTheShareOfOutgoingMoney() {
    // victim3 pays 10000 into the flow of 30000 outgoing: 1/3 < 0.5
    Map<String, AccountRole> r = roles(scamFlow(), FLOW, RoleOptions.defaults());
    assertEquals(Role.SOURCE, r.get("victim3").role());
    assertFalse(r.get("victim3").victimLike());
    Map<String, AccountRole> lower = roles(scamFlow(), FLOW,
        RoleOptions.defaults().withVictimMinShare(new BigDecimal("0.33")));
    assertTrue(lower.get("victim3").victimLike());
  }

  @Test
  void passRatioExactlyAtTheExitThresholdIsAMule() {
    Ledger ledger = Ledger.builder()
        .add("a", 1, "S", "M", 100, "EUR")
        .add("b", 2, "M", "X", 50, "EUR")
        .build();
    Map<String, AccountRole> r = roles(ledger, Set.of("a", "b"), RoleOptions.defaults());
    assertEquals(Role.MULE, r.get("M").role());
    Map<String, AccountRole> stricter = roles(ledger, Set.of("a", "b"),
        RoleOptions.defaults().withExitMaxPassRatio(new BigDecimal("0.51")));
    assertEquals(Role.EXIT, stricter.get("M").role());
  }

  @Test
  void hubNeedsExactlyTheMinimumCounterparties() {
    Map<String, AccountRole> r = roles(scamFlow(), FLOW, RoleOptions.defaults().withHubMinCounterparties(4));
    assertEquals(Role.MULE, r.get("collector").role());
    assertEquals(Role.MULE, r.get("distributor").role());
  }

  @Test
  void rolesOfATraceComeFromItsFlows() {
    Ledger ledger = scamFlow();
    TemporalIndex index = FlowGraph.of(ledger).index();
    TraceResult trace = Tracer.trace(index, TraceStart.account("victim1"), TraceOptions.defaults());
    Map<String, Role> r = AccountRoles.assign(index, trace.flowRows(), RoleOptions.defaults()).stream()
        .collect(Collectors.toMap(AccountRole::account, AccountRole::role));
    assertEquals(Role.SOURCE, r.get("victim1"));
    assertEquals(Role.MULE, r.get("collector"));
    assertEquals(Role.EXIT, r.get("cash1"));
  }

  @Test
  void optionsAreValidated() {
    assertEquals("hubMinCounterparties must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
        () -> RoleOptions.defaults().withHubMinCounterparties(1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RoleOptions.defaults().withExitMaxPassRatio(new BigDecimal("1.1")));
    assertThrows(IllegalArgumentException.class, () -> RoleOptions.defaults().withVictimMinShare(new BigDecimal("-0.1")));
  }

  /** Independent oracle: figures from a scan of the ledger rows, rules written out directly. */
  @Test
  void rolesAgreeWithAnOracleOn300RandomFlaggedFlows() {
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int accounts = 3 + rnd.nextInt(8);
      Ledger.Builder b = Ledger.builder();
      int n = 3 + rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.add("x" + i, rnd.nextInt(100), "a" + rnd.nextInt(accounts), "a" + rnd.nextInt(accounts),
            1 + rnd.nextInt(100), rnd.nextInt(8) == 0 ? "USD" : "EUR");
      }
      Ledger ledger = b.build();
      Set<String> flagged = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (rnd.nextInt(3) != 0) {
          flagged.add("x" + i);
        }
      }
      RoleOptions options = RoleOptions.defaults().withHubMinCounterparties(2 + rnd.nextInt(2))
          .withHubDominance(1 + rnd.nextInt(2)).withExitMaxPassRatio(BigDecimal.valueOf(rnd.nextInt(11), 1));
      Map<String, AccountRole> got = roles(ledger, flagged, options);
      Map<String, Role> expected = oracle(ledger, flagged, options);
      assertEquals(expected, got.values().stream().collect(
          Collectors.toMap(AccountRole::account, AccountRole::role, (x, y) -> x, TreeMap::new)), "seed " + seed);
    }
  }

  private static Map<String, Role> oracle(Ledger ledger, Set<String> flagged, RoleOptions o) {
    List<Integer> rows = IntStream.range(0, ledger.size()).boxed()
        .filter(r -> flagged.contains(ledger.txId(r)) && !ledger.from(r).equals(ledger.to(r))).toList();
    Set<String> accounts = new HashSet<>();
    rows.forEach(r -> {
      accounts.add(ledger.from(r));
      accounts.add(ledger.to(r));
    });
    Map<String, Role> out = new TreeMap<>();
    for (String a : accounts) {
      List<Integer> mine = rows.stream().filter(r -> ledger.from(r).equals(a) || ledger.to(r).equals(a)).toList();
      Map<String, Long> count = mine.stream().collect(Collectors.groupingBy(ledger::currency, Collectors.counting()));
      Map<String, Long> volume = mine.stream().collect(Collectors.groupingBy(ledger::currency,
          Collectors.summingLong(ledger::amount)));
      String cur = count.keySet().stream().sorted((x, y) -> {
        int c = Long.compare(count.get(y), count.get(x));
        c = c != 0 ? c : Long.compare(volume.get(y), volume.get(x));
        return c != 0 ? c : x.compareTo(y);
      }).findFirst().orElseThrow();
      List<Integer> in = mine.stream().filter(r -> ledger.to(r).equals(a) && ledger.currency(r).equals(cur)).toList();
      List<Integer> outRows = mine.stream().filter(r -> ledger.from(r).equals(a) && ledger.currency(r).equals(cur)).toList();
      long inSum = in.stream().mapToLong(ledger::amount).sum();
      long outSum = outRows.stream().mapToLong(ledger::amount).sum();
      long payers = in.stream().map(ledger::from).distinct().count();
      long payees = outRows.stream().map(ledger::to).distinct().count();
      Role role;
      if (in.isEmpty()) {
        role = Role.SOURCE;
      } else if (outRows.isEmpty()
          || new BigDecimal(outSum).divide(new BigDecimal(inSum), 30, java.math.RoundingMode.FLOOR)
              .compareTo(o.exitMaxPassRatio()) < 0) {
        role = Role.EXIT;
      } else if (payers >= o.hubMinCounterparties() && payers >= o.hubDominance() * payees) {
        role = Role.COLLECTOR;
      } else if (payees >= o.hubMinCounterparties() && payees >= o.hubDominance() * payers) {
        role = Role.DISTRIBUTOR;
      } else {
        role = Role.MULE;
      }
      out.put(a, role);
    }
    return out;
  }
}
