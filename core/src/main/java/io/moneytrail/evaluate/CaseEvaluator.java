package io.moneytrail.evaluate;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the ranked case list against labelled patterns.
 *
 * <ul>
 *   <li>A case is <b>true</b> when at least half of its transactions are labelled, or when it holds
 *       at least half of one labelled pattern's transactions and at most four times that pattern's
 *       transactions. {@code casePrecisionAtK} is the share of true cases among the top k (among all
 *       cases when there are fewer).
 *   <li>A pattern is <b>delivered</b> when one of the top 2 &times; {@code patternsLabelled} cases
 *       holds at least half of its transactions and at most max(50, 4 &times; the pattern's
 *       accounts) accounts: a case an investigator can open and work.
 *   <li>{@code largestCaseAccountShare}: the largest case's accounts over the ledger's accounts.
 *   <li>Benign look-alikes (when groups are given): a top-100 case is one when at least half of its
 *       transactions belong to benign groups.
 * </ul>
 * Patterns with no transaction in the data, and those whose typology is excluded, are not scored
 * (their transactions still count as labelled for precision). Half means at least half, compared
 * exactly.
 */
public final class CaseEvaluator {
  private CaseEvaluator() {}

  /**
   * @param result the analysis of the labelled data
   * @param truth the labels
   * @param excluded typologies not scored (a name matches a pattern's typology, or its part before
   *     {@code :} such as {@code cycle} for {@code cycle:2})
   * @param benign benign look-alike groups, or empty
   * @return the case scores
   */
  public static CaseScores evaluate(AnalysisResult result, GroundTruth truth, Set<String> excluded,
      GroundTruth benign) {
    Ledger ledger = result.index().ledger();
    BitSet labelled = new BitSet();
    List<int[]> patterns = new ArrayList<>();
    List<String> typologies = new ArrayList<>();
    // a row may be labelled in several patterns: every pattern it belongs to counts it
    Map<Integer, int[]> patternOfRow = new java.util.HashMap<>();
    for (LabelledPattern p : truth.patterns()) {
      int[] rows = Evaluator.rows(ledger, p.transactions());
      for (int r : rows) {
        labelled.set(r);
      }
      if (rows.length == 0 || isExcluded(p.typology(), excluded)) {
        continue;
      }
      int id = patterns.size();
      for (int r : rows) {
        int[] old = patternOfRow.get(r);
        int[] now = old == null ? new int[] {id} : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = id;
        patternOfRow.put(r, now);
      }
      patterns.add(rows);
      typologies.add(p.typology());
    }
    List<Case> cases = result.cases();
    double p10 = precision(cases, 10, labelled, patterns, patternOfRow);
    double p30 = precision(cases, 30, labelled, patterns, patternOfRow);
    double p100 = precision(cases, 100, labelled, patterns, patternOfRow);
    int window = Math.min(cases.size(), 2 * patterns.size());
    int[] best = new int[patterns.size()];
    java.util.Arrays.fill(best, -1);
    for (int c = 0; c < window; c++) {
      Case k = cases.get(c);
      Map<Integer, Integer> overlap = overlap(k, patternOfRow);
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        int p = e.getKey();
        if (best[p] < 0 && 2L * e.getValue() >= patterns.get(p).length
            && k.accounts().size() <= Math.max(50, 4 * accounts(ledger, patterns.get(p)))) {
          best[p] = k.rank();
        }
      }
    }
    Map<String, List<Integer>> byTypology = new TreeMap<>();
    int delivered = 0;
    for (int p = 0; p < patterns.size(); p++) {
      byTypology.computeIfAbsent(typologies.get(p), t -> new ArrayList<>()).add(best[p]);
      if (best[p] >= 0) {
        delivered++;
      }
    }
    List<CaseScores.Delivery> deliveries = new ArrayList<>();
    byTypology.forEach((t, ranks) -> deliveries.add(new CaseScores.Delivery(t, ranks.size(),
        (int) ranks.stream().filter(x -> x >= 0).count(), ranks.stream().filter(x -> x >= 0).toList())));
    int largest = cases.stream().mapToInt(k -> k.accounts().size()).max().orElse(0);
    double share = ledger.accounts().size() == 0 ? 0 : (double) largest / ledger.accounts().size();
    int benignTop = -1;
    Map<String, Integer> kinds = new TreeMap<>();
    if (!benign.patterns().isEmpty()) {
      benignTop = 0;
      Map<Integer, String> kindOfRow = new HashMap<>();
      Map<Integer, String> groupOfRow = new HashMap<>();
      for (LabelledPattern g : benign.patterns()) {
        for (int r : Evaluator.rows(ledger, g.transactions())) {
          kindOfRow.put(r, g.typology());
          groupOfRow.put(r, g.patternId());
        }
      }
      for (int c = 0; c < Math.min(100, cases.size()); c++) {
        Case k = cases.get(c);
        int in = 0;
        Map<String, Integer> groupSize = new HashMap<>();
        for (int r : k.rows()) {
          if (kindOfRow.containsKey(r)) {
            in++;
            groupSize.merge(groupOfRow.get(r), 1, Integer::sum);
          }
        }
        if (2L * in >= k.rows().size() && in > 0) {
          benignTop++;
          String group = groupSize.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
          String kind = benign.patterns().stream().filter(g -> g.patternId().equals(group)).findFirst().orElseThrow()
              .typology();
          kinds.merge(kind, 1, Integer::sum);
        }
      }
    }
    return new CaseScores(cases.size(), p10, p30, p100, delivered, patterns.size(), share, deliveries, benignTop, kinds);
  }

  static boolean isExcluded(String typology, Set<String> excluded) {
    int colon = typology.indexOf(':');
    return excluded.contains(typology) || (colon > 0 && excluded.contains(typology.substring(0, colon)));
  }

  /** @return whether a case is true (see the class description) */
  static boolean isTrue(Case k, BitSet labelled, List<int[]> patterns, Map<Integer, int[]> patternOfRow) {
    int hit = 0;
    for (int r : k.rows()) {
      if (labelled.get(r)) {
        hit++;
      }
    }
    if (2L * hit >= k.rows().size() && k.rows().size() > 0) {
      return true;
    }
    for (Map.Entry<Integer, Integer> e : overlap(k, patternOfRow).entrySet()) {
      int size = patterns.get(e.getKey()).length;
      if (2L * e.getValue() >= size && k.rows().size() <= 4L * size) {
        return true;
      }
    }
    return false;
  }

  private static double precision(List<Case> cases, int k, BitSet labelled, List<int[]> patterns, Map<Integer, int[]> patternOfRow) {
    int n = Math.min(k, cases.size());
    if (n == 0) {
      return 0;
    }
    int hits = 0;
    for (int i = 0; i < n; i++) {
      if (isTrue(cases.get(i), labelled, patterns, patternOfRow)) {
        hits++;
      }
    }
    return (double) hits / n;
  }

  private static Map<Integer, Integer> overlap(Case k, Map<Integer, int[]> patternOfRow) {
    Map<Integer, Integer> m = new TreeMap<>();
    for (int r : k.rows()) {
      for (int p : patternOfRow.getOrDefault(r, NONE)) {
        m.merge(p, 1, Integer::sum);
      }
    }
    return m;
  }

  private static final int[] NONE = {};

  private static int accounts(Ledger ledger, int[] rows) {
    BitSet a = new BitSet();
    for (int r : rows) {
      a.set(ledger.fromId(r));
      a.set(ledger.toId(r));
    }
    return a.cardinality();
  }
}
