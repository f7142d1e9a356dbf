package io.moneytrail.report.cases;

import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.AccountRoles;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.analysis.roles.RoleOptions;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Groups findings into cases, ranks them, and gives the accounts roles and scores (see {@link Analysis}). */
final class Cases {
  private Cases() {}

  static List<Case> build(TemporalIndex index, List<Finding> findings, RoleOptions roleOptions) {
    Ledger ledger = index.ledger();
    int[] parent = new int[index.accountCount()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Finding f : findings) {
      int first = -1;
      for (int r : f.rows()) {
        for (int a : new int[] {index.from(r), index.to(r)}) {
          if (first < 0) {
            first = a;
          } else {
            union(parent, first, a);
          }
        }
      }
    }
    // group findings by root, in finding order; the map key is the root, the group order is first appearance
    Map<Integer, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      int root = find(parent, index.from(f.rows().get(0)));
      groups.computeIfAbsent(root, k -> new ArrayList<>()).add(f);
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<Finding> group : groups.values()) {
      drafts.add(draft(index, group));
    }
    drafts.sort(Comparator.comparingLong((Draft d) -> -d.largest)
        .thenComparing(d -> -d.typologies.size())
        .thenComparingLong(d -> d.startMillis)
        .thenComparingInt(d -> d.firstRow));
    List<Case> cases = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      int[] rows = d.rows.stream().mapToInt(Integer::intValue).toArray();
      List<AccountRole> roles = AccountRoles.assign(index, rows, roleOptions);
      Map<String, List<Finding>> bySubject = new java.util.HashMap<>();
      for (Finding f : d.findings) {
        for (String s : f.subjects()) {
          bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
        }
      }
      List<CaseAccount> accounts = new ArrayList<>(roles.size());
      for (AccountRole role : roles) {
        accounts.add(score(role, bySubject.getOrDefault(role.account(), List.of())));
      }
      accounts.sort(Comparator.comparingInt((CaseAccount a) -> -a.score()).thenComparing(CaseAccount::account));
      List<String> txIds = d.rows.stream().map(ledger::txId).toList();
      cases.add(new Case("case-" + (i + 1), i + 1, List.copyOf(d.typologies),
          d.findings.stream().map(Finding::id).toList(), txIds, d.rows, accounts, d.totals,
          Instant.ofEpochMilli(d.startMillis), Instant.ofEpochMilli(d.endMillis)));
    }
    return cases;
  }

  /** @param findings the case's findings whose subjects include the account, in finding order */
  private static CaseAccount score(AccountRole role, List<Finding> findings) {
    List<String> reasons = new ArrayList<>();
    int score = switch (role.role()) {
      case COLLECTOR, DISTRIBUTOR -> 30;
      case MULE -> 25;
      case EXIT -> 15;
      case SOURCE -> role.victimLike() ? 0 : 10;
    };
    String roleName = role.role().name().toLowerCase(java.util.Locale.ROOT);
    if (role.role() == Role.SOURCE && role.victimLike()) {
      reasons.add("victim-like source (few large payments into the flow), likely a victim (+0)");
    } else {
      reasons.add("role " + roleName + " (+" + score + ")");
    }
    Set<Typology> subjectOf = EnumSet.noneOf(Typology.class);
    List<String> ids = new ArrayList<>();
    Map<Typology, Integer> counts = new java.util.EnumMap<>(Typology.class);
    for (Finding f : findings) {
      ids.add(f.id());
      subjectOf.add(f.typology());
      counts.merge(f.typology(), 1, Integer::sum);
    }
    for (Typology t : subjectOf) {
      int count = counts.get(t);
      score += 15;
      reasons.add(t.title() + ": subject of " + count + " finding(s) (+15)");
    }
    if (score > 100) {
      reasons.add("capped at 100 (was " + score + ")");
      score = 100;
    }
    return new CaseAccount(role.account(), role, score, reasons, ids);
  }

  private static Draft draft(TemporalIndex index, List<Finding> group) {
    Draft d = new Draft();
    d.findings = group;
    TreeSet<Integer> rows = new TreeSet<>();
    for (Finding f : group) {
      rows.addAll(f.rows());
      d.typologies.add(f.typology());
    }
    List<Integer> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparingLong((Integer r) -> index.time(r)).thenComparingInt(r -> r));
    d.rows = List.copyOf(ordered);
    d.firstRow = rows.first();
    d.startMillis = index.time(ordered.get(0));
    d.endMillis = index.time(ordered.get(ordered.size() - 1));
    Map<String, Long> totals = new TreeMap<>();
    for (int r : ordered) {
      totals.merge(index.ledger().currency(r), index.amount(r), Math::addExact);
    }
    List<Money> money = new ArrayList<>();
    totals.forEach((code, v) -> money.add(Money.of(v, index.ledger().scale(), code)));
    d.totals = money;
    d.largest = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
    return d;
  }

  private static final class Draft {
    List<Finding> findings;
    final Set<Typology> typologies = new TreeSet<>();
    List<Integer> rows;
    int firstRow;
    long startMillis;
    long endMillis;
    List<Money> totals;
    long largest;
  }

  private static int find(int[] parent, int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
