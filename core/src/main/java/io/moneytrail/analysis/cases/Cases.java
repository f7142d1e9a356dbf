package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.AccountRoles;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.analysis.roles.RoleOptions;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.graph.UnionFind;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
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

/**
 * Groups findings into cases, ranks them, and gives the accounts roles and scores.
 *
 * <p><b>Cases</b>: the accounts of each finding's evidence transactions are joined (union-find);
 * the findings whose accounts end up joined form one case, whose flagged transactions are the
 * union of their evidence. Cases are ranked by their largest per-currency total of distinct
 * flagged transactions (minor units, descending), then by number of distinct typologies
 * (descending), then by start time, then by their earliest ledger row: a total order.
 *
 * <p><b>Accounts</b>: each account touching a case's flagged transactions gets the role
 * {@link AccountRoles} assigns from those transactions, and a score from 0 to 100: points for the
 * role (collector or distributor 30, mule 25, exit 15, source 10, a victim-like source 0) plus 15
 * for each distinct typology in which the account is a subject ({@link Finding#subjects()}), capped
 * at 100. Each point-earning fact is a reason.
 */
public final class Cases {
  private Cases() {}

  /** A finding with its id in the analysis. */
  private record Item(String id, Finding finding) {}

  /**
   * @param index the ledger's temporal index
   * @param results every detector's findings
   * @param roleOptions role thresholds
   * @return the ranked cases
   */
  public static List<Case> build(TemporalIndex index, Map<Detector, DetectorResult<? extends Finding>> results,
      RoleOptions roleOptions) {
    Ledger ledger = index.ledger();
    List<Item> findings = new ArrayList<>();
    for (Detector d : Detector.values()) {
      List<? extends Finding> list = results.get(d).findings();
      for (int i = 0; i < list.size(); i++) {
        findings.add(new Item(AnalysisResult.id(d, i), list.get(i)));
      }
    }
    UnionFind parent = new UnionFind(index.accountCount());
    for (Item item : findings) {
      int first = -1;
      for (int r : item.finding().rows()) {
        for (int a : new int[] {index.from(r), index.to(r)}) {
          if (first < 0) {
            first = a;
          } else {
            parent.union(first, a);
          }
        }
      }
    }
    // group findings by root, in finding order; the map key is the root, the group order is first appearance
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (Item f : findings) {
      int root = parent.find(index.from(f.finding().rows().getInt(0)));
      groups.computeIfAbsent(root, k -> new ArrayList<>()).add(f);
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<Item> group : groups.values()) {
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
      Map<String, List<Item>> bySubject = new java.util.HashMap<>();
      for (Item f : d.findings) {
        for (String s : f.finding().subjects()) {
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
          d.findings.stream().map(Item::id).toList(), txIds, RowList.of(d.rows.stream().mapToInt(Integer::intValue)
              .toArray()), accounts, d.totals,
          Instant.ofEpochMilli(d.startMillis), Instant.ofEpochMilli(d.endMillis)));
    }
    return cases;
  }

  /** @param findings the case's findings whose subjects include the account, in finding order */
  private static CaseAccount score(AccountRole role, List<Item> findings) {
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
    Set<Detector> subjectOf = EnumSet.noneOf(Detector.class);
    List<String> ids = new ArrayList<>();
    Map<Detector, Integer> counts = new java.util.EnumMap<>(Detector.class);
    for (Item f : findings) {
      ids.add(f.id());
      subjectOf.add(f.finding().detector());
      counts.merge(f.finding().detector(), 1, Integer::sum);
    }
    for (Detector t : subjectOf) {
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

  private static Draft draft(TemporalIndex index, List<Item> group) {
    Draft d = new Draft();
    d.findings = group;
    TreeSet<Integer> rows = new TreeSet<>();
    for (Item f : group) {
      rows.addAll(f.finding().rows());
      d.typologies.add(f.finding().detector());
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
    List<Item> findings;
    final Set<Detector> typologies = new TreeSet<>();
    List<Integer> rows;
    int firstRow;
    long startMillis;
    long endMillis;
    List<Money> totals;
    long largest;
  }
}
