package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.AccountRoles;
import io.moneytrail.graph.Relationships;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups findings into the cases an investigator works, ranked by risk.
 *
 * <p><b>Risk.</b> Every finding gets a risk from 0 to 100 made of explained components
 * ({@link RiskWeights}). Findings below {@link CaseOptions#minRisk()} form no case.
 *
 * <p><b>Grouping around subjects.</b> A case grows from its riskiest finding (the seed): a further
 * finding joins when it is about one of the case's accounts (shares a subject with one of its
 * findings) with a risk of at least {@link CaseOptions#joinRiskPercent()} of the seed's, or holds one
 * of its transactions (the same money) with at least {@link CaseOptions#joinByTransactionRiskPercent()}
 * of it, riskiest first, as long as the case stays within
 * {@link CaseOptions#maxAccounts()} accounts and {@link CaseOptions#maxTransactions()} transactions
 * (a finding larger than that alone forms no case). A finding that would overflow the case seeds a case of its own
 * later. Hubs and accounts declared benign never join: they are not subjects for joining and a
 * transaction touching one joins nothing. A finding anchored on a hub still forms a case (with the
 * hub penalty), joined through its other subjects only; one anchored on a declared-benign account
 * forms none. A counterparty is never a reason to join, so an account may appear in several cases (a
 * busy merchant in each mule network that paid it).
 *
 * <p><b>Ranking.</b> A case's risk is its seed's plus {@code chain} (each further kind of finding)
 * and {@code corroboration} (each further finding), at most 100. Cases are ranked by risk, then by
 * their seed's position in the analysis: a total order, independent of threads.
 *
 * <p><b>Accounts.</b> Each account touching a case's transactions gets the role
 * {@link AccountRoles} assigns from them and, as its score, the risk of the riskiest finding of the
 * case about it (0 for a counterparty only).
 */
public final class Cases {
  private Cases() {}

  /** A finding with its id and risk in the analysis. */
  private record Item(int position, String id, Finding finding, RiskScore risk) {}

  /**
   * @param index the ledger's (unrestricted) temporal index
   * @param relationships the ledger's relationships
   * @param results every detector's findings
   * @param settings the settings: case options, risk weights, role thresholds
   * @return the ranked cases and every finding's risk
   */
  public static Triage build(TemporalIndex index, Relationships relationships,
      Map<Detector, DetectorResult<? extends Finding>> results, AnalysisSettings settings) {
    CaseOptions options = settings.cases();
    Hubs hubs = new Hubs(relationships, options);
    Scorer scorer = new Scorer(relationships, settings.risk(), hubs);
    List<Item> items = new ArrayList<>();
    Map<String, RiskScore> risks = new LinkedHashMap<>();
    for (Detector d : Detector.values()) {
      List<? extends Finding> list = results.get(d).findings();
      for (int i = 0; i < list.size(); i++) {
        Finding f = list.get(i);
        RiskScore risk = scorer.score(f);
        String id = AnalysisResult.id(d, i);
        items.add(new Item(items.size(), id, f, risk));
        risks.put(id, risk);
      }
    }
    Builder b = new Builder(index, hubs, options, items);
    List<Draft> drafts = b.build();
    for (Draft d : drafts) {
      d.risk = caseRisk(d, settings.risk(), options.minRisk());
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> -d.risk.total()).thenComparingInt(d -> d.items.get(0).position()));
    List<Case> cases = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      cases.add(toCase(index, hubs, settings, drafts.get(i), i + 1));
    }
    return new Triage(cases, risks, hubs.threshold(), hubs.count());
  }

  /** The seed's risk plus the case components. */
  private static RiskScore caseRisk(Draft d, RiskWeights w, int minRisk) {
    List<RiskComponent> c = new ArrayList<>(d.items.get(0).risk().components());
    Set<Detector> kinds = EnumSet.noneOf(Detector.class);
    int further = 0;
    for (Item i : d.items) {
      kinds.add(i.finding().detector());
    }
    for (int k = 1; k < d.items.size(); k++) {
      if (d.items.get(k).risk().total() >= minRisk) {
        further++;
      }
    }
    int chain = Math.min(w.chain(), (kinds.size() - 1) * w.chain() / 5);
    if (chain > 0) {
      c.add(new RiskComponent("chain", chain, Math.min(1, (kinds.size() - 1) / 5.0), kinds.size()
          + " kinds of finding in the case: " + String.join(", ", kinds.stream().map(Detector::title).toList())));
    }
    int corroboration = Math.min(w.corroboration(), further * w.corroboration() / 5);
    if (corroboration > 0) {
      c.add(new RiskComponent("corroboration", corroboration, Math.min(1, further / 5.0), further
          + " further finding(s) of risk " + minRisk + " or more"));
    }
    return RiskScore.of(c);
  }

  /** A case being built. */
  private static final class Draft {
    final List<Item> items = new ArrayList<>();
    final IntSet rows = new IntSet();
    final IntSet accounts = new IntSet();
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    RiskScore risk;
  }

  /** Grows cases from seeds, riskiest first. */
  private static final class Builder {
    private final TemporalIndex index;
    private final Hubs hubs;
    private final CaseOptions options;
    private final List<Item> items;
    private final boolean[] eligible;
    private final boolean[] anchoredExternal;
    private final int[] assigned;
    private final Map<Integer, List<Integer>> byAccount = new HashMap<>();
    private final Map<Integer, List<Integer>> byRow = new HashMap<>();

    Builder(TemporalIndex index, Hubs hubs, CaseOptions options, List<Item> items) {
      this.index = index;
      this.hubs = hubs;
      this.options = options;
      this.items = items;
      int n = items.size();
      eligible = new boolean[n];
      anchoredExternal = new boolean[n];
      assigned = new int[n];
      Arrays.fill(assigned, -1);
      Ledger ledger = index.ledger();
      for (Item item : items) {
        int i = item.position();
        eligible[i] = item.risk().total() >= options.minRisk();
        if (!eligible[i]) {
          continue;
        }
        OptionalInt anchor = ledger.accounts().id(item.finding().subjects().get(0));
        anchoredExternal[i] = anchor.isEmpty() || hubs.isBenign(anchor.getAsInt());
        if (anchoredExternal[i]) {
          continue;
        }
        for (String s : item.finding().subjects()) {
          OptionalInt a = ledger.accounts().id(s);
          if (a.isPresent() && !hubs.isExternal(a.getAsInt())) {
            byAccount.computeIfAbsent(a.getAsInt(), k -> new ArrayList<>(2)).add(i);
          }
        }
        RowList rows = item.finding().rows();
        for (int k = 0; k < rows.size(); k++) {
          int r = rows.getInt(k);
          if (!hubs.isExternal(index.from(r)) && !hubs.isExternal(index.to(r))) {
            byRow.computeIfAbsent(r, x -> new ArrayList<>(2)).add(i);
          }
        }
      }
    }

    List<Draft> build() {
      List<Item> order = new ArrayList<>(items);
      order.sort(Comparator.comparingInt((Item i) -> -i.risk().total()).thenComparingInt(Item::position));
      List<Draft> drafts = new ArrayList<>();
      for (Item seed : order) {
        int s = seed.position();
        if (!eligible[s] || assigned[s] >= 0 || anchoredExternal[s] || !fits(new Draft(), seed)) {
          continue;
        }
        drafts.add(grow(seed, drafts.size()));
      }
      return drafts;
    }

    private Draft grow(Item seed, int id) {
      Draft d = new Draft();
      add(d, seed, id);
      PriorityQueue<Item> frontier = new PriorityQueue<>(Comparator.comparingInt((Item i) -> -i.risk().total())
          .thenComparingInt(Item::position));
      // a candidate below the lower of the two join thresholds can never join: never queued
      int least = Math.min(options.joinRiskPercent(), options.joinByTransactionRiskPercent());
      Candidates queued = new Candidates(frontier, seed.risk().total(), least);
      push(queued, seed);
      while (!frontier.isEmpty()) {
        Item g = frontier.poll();
        int i = g.position();
        queued.polled(i);
        boolean comparable = g.risk().total() * 100 >= seed.risk().total() * options.joinRiskPercent();
        boolean near = g.risk().total() * 100 >= seed.risk().total() * options.joinByTransactionRiskPercent();
        if (assigned[i] >= 0 || (!comparable && !(near && sharesRow(d, g))) || !fits(d, g)) {
          continue; // it may be queued again when the case grows towards it
        }
        add(d, g, id);
        push(queued, g);
      }
      return d;
    }

    /** The frontier of a growing case: each candidate queued once at a time, and only one that may join. */
    private final class Candidates {
      private final PriorityQueue<Item> frontier;
      private final java.util.Set<Integer> queued = new java.util.HashSet<>();
      private final int seedRisk;
      private final int leastPercent;

      Candidates(PriorityQueue<Item> frontier, int seedRisk, int leastPercent) {
        this.frontier = frontier;
        this.seedRisk = seedRisk;
        this.leastPercent = leastPercent;
      }

      void offer(int j) {
        Item item = items.get(j);
        if (assigned[j] < 0 && item.risk().total() * 100 >= seedRisk * leastPercent && queued.add(j)) {
          frontier.add(item);
        }
      }

      void polled(int j) {
        queued.remove(j);
      }
    }

    /** @return whether the finding holds one of the case's transactions between accounts that may join */
    private boolean sharesRow(Draft d, Item item) {
      RowList rows = item.finding().rows();
      for (int k = 0; k < rows.size(); k++) {
        int r = rows.getInt(k);
        if (d.rows.contains(r) && !hubs.isExternal(index.from(r)) && !hubs.isExternal(index.to(r))) {
          return true;
        }
      }
      return false;
    }

    private void push(Candidates candidates, Item item) {
      Ledger ledger = index.ledger();
      for (String s : item.finding().subjects()) {
        OptionalInt a = ledger.accounts().id(s);
        if (a.isPresent()) {
          for (int j : byAccount.getOrDefault(a.getAsInt(), List.of())) {
            candidates.offer(j);
          }
        }
      }
      RowList rows = item.finding().rows();
      for (int k = 0; k < rows.size(); k++) {
        for (int j : byRow.getOrDefault(rows.getInt(k), List.of())) {
          candidates.offer(j);
        }
      }
    }

    private boolean fits(Draft d, Item item) {
      long start = item.finding().start().toEpochMilli();
      long end = item.finding().end().toEpochMilli();
      if (!d.items.isEmpty()
          && (start > d.end + options.joinWithin().toMillis() || end < d.start - options.joinWithin().toMillis())) {
        return false;
      }
      RowList rows = item.finding().rows();
      int roomRows = options.maxTransactions() - d.rows.size();
      int roomAccounts = options.maxAccounts() - d.accounts.size();
      int newRows = 0;
      IntSet extra = new IntSet();
      for (int k = 0; k < rows.size(); k++) {
        int r = rows.getInt(k);
        if (!d.rows.contains(r)) {
          if (++newRows > roomRows) {
            return false;
          }
          for (int a : new int[] {index.from(r), index.to(r)}) {
            if (!d.accounts.contains(a) && extra.add(a) && extra.size() > roomAccounts) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private void add(Draft d, Item item, int id) {
      d.items.add(item);
      d.start = Math.min(d.start, item.finding().start().toEpochMilli());
      d.end = Math.max(d.end, item.finding().end().toEpochMilli());
      assigned[item.position()] = id;
      RowList rows = item.finding().rows();
      for (int k = 0; k < rows.size(); k++) {
        int r = rows.getInt(k);
        d.rows.add(r);
        d.accounts.add(index.from(r));
        d.accounts.add(index.to(r));
      }
    }
  }

  private static Case toCase(TemporalIndex index, Hubs hubs, AnalysisSettings settings, Draft d, int rank) {
    Ledger ledger = index.ledger();
    List<Integer> ordered = new ArrayList<>();
    for (int r : d.rows.toSortedArray()) {
      ordered.add(r);
    }
    ordered.sort(Comparator.comparingLong((Integer r) -> index.time(r)).thenComparingInt(r -> r));
    int[] rows = ordered.stream().mapToInt(Integer::intValue).toArray();
    Set<Detector> kinds = EnumSet.noneOf(Detector.class);
    Map<String, List<Item>> bySubject = new HashMap<>();
    for (Item item : d.items) {
      kinds.add(item.finding().detector());
      for (String s : item.finding().subjects()) {
        bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(item);
      }
    }
    List<AccountRole> roles = AccountRoles.assign(index, rows, settings.roles());
    List<CaseAccount> accounts = new ArrayList<>(roles.size());
    for (AccountRole role : roles) {
      List<Item> about = new ArrayList<>(bySubject.getOrDefault(role.account(), List.of()));
      about.sort(Comparator.comparingInt(Item::position));
      int score = about.stream().mapToInt(i -> i.risk().total()).max().orElse(0);
      List<String> reasons = new ArrayList<>();
      for (Item i : about) {
        reasons.add(i.finding().detector().title() + " " + i.id() + ": risk " + i.risk().total());
      }
      int id = ledger.accounts().id(role.account()).orElse(-1);
      accounts.add(new CaseAccount(role.account(), role, score, reasons, about.stream().map(Item::id).toList(),
          id >= 0 && hubs.isExternal(id)));
    }
    accounts.sort(Comparator.comparingInt((CaseAccount a) -> -a.score()).thenComparing(CaseAccount::account));
    Map<String, Long> totals = new TreeMap<>();
    for (int r : rows) {
      totals.merge(ledger.currency(r), index.amount(r), Math::addExact);
    }
    List<Money> money = new ArrayList<>();
    totals.forEach((code, v) -> money.add(Money.of(v, ledger.scale(), code)));
    Instant start = Instant.ofEpochMilli(index.time(rows[0]));
    Instant end = Instant.ofEpochMilli(index.time(rows[rows.length - 1]));
    Story story = new Story(index, rows, accounts);
    return new Case("case-" + rank, rank, d.risk, List.copyOf(kinds), d.items.stream().map(Item::id).toList(),
        Arrays.stream(rows).mapToObj(ledger::txId).toList(), RowList.of(rows), accounts, money, start, end,
        story.statement(kinds, money, start, end), story.victims(), story.exits());
  }
}
