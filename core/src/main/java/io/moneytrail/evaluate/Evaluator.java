package io.moneytrail.evaluate;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.GatherScatterDetector;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.analysis.patterns.ScatterGatherDetector;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the detectors on a ledger and compares their findings with labelled patterns.
 *
 * <p><b>Which findings count.</b> Each typology has matching detector kinds
 * ({@link DetectorKind#matching(String)}). A finding's transactions are its evidence transaction
 * ids; its accounts are the payers and payees of those transactions.
 *
 * <p><b>Found rule.</b> A pattern's <em>main account</em> is the account that takes part (as payer
 * or payee) in most of its transactions, ties broken by the smaller account key (the hub of a fan,
 * the collector of structuring, a mule of a chain). The pattern counts as <em>found</em> when the
 * findings of its matching kinds that involve the main account together hold at least
 * {@link EvaluationOptions#minShare()} of its transactions (of those present in the data; compared
 * exactly). Several findings may add up, so a scam-centre flow found as a collector's fan-in plus
 * its mules' pass-through findings counts.
 *
 * <p><b>Precision and recall</b> per typology: the predicted transactions are the union of the
 * evidence transactions of all findings of the matching kinds; the true ones are the typology's
 * labelled transactions. Precision = |predicted &cap; true| / |predicted|, recall = |predicted &cap;
 * true| / |true|. The account level is the same with the payers and payees of those transactions.
 * Transactions labelled with another typology count as false positives of this typology (use the
 * {@code overall} score, over all labels and all findings, to judge detection of any laundering).
 */
public final class Evaluator {
  private Evaluator() {}

  /** One finding reduced to what evaluation needs. */
  private record Flag(DetectorKind kind, int[] rows) {}

  /**
   * Runs every detector and scores it against the labels.
   *
   * @param ledger the data
   * @param truth the labels
   * @param options detector options and the found share
   * @return the scores, deterministic for the same input
   */
  public static Evaluation evaluate(Ledger ledger, GroundTruth truth, EvaluationOptions options) {
    TemporalIndex index = FlowGraph.of(ledger).index();
    List<Flag> flags = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    add(ledger, flags, counts, DetectorKind.FAN_IN, FanDetector.fanIn(index, options.fan()).findings());
    add(ledger, flags, counts, DetectorKind.FAN_OUT, FanDetector.fanOut(index, options.fan()).findings());
    CycleResult cycles = TemporalCycles.find(index, options.cycles());
    counts.put(DetectorKind.CYCLE.name().toLowerCase(java.util.Locale.ROOT), cycles.cycles().size());
    for (Cycle c : cycles.cycles()) {
      flags.add(new Flag(DetectorKind.CYCLE, c.rows().stream().mapToInt(Integer::intValue).toArray()));
    }
    add(ledger, flags, counts, DetectorKind.SCATTER_GATHER,
        ScatterGatherDetector.detect(index, options.scatterGather()).findings());
    add(ledger, flags, counts, DetectorKind.GATHER_SCATTER,
        GatherScatterDetector.detect(index, options.gatherScatter()).findings());
    add(ledger, flags, counts, DetectorKind.MULE, MuleDetector.detect(index, options.mule()).findings());
    add(ledger, flags, counts, DetectorKind.STRUCTURING,
        StructuringDetector.detect(index, options.structuring()).findings());
    return score(ledger, truth, flags, counts, options.minShare(), cycles.truncated());
  }

  private static void add(Ledger ledger, List<Flag> flags, Map<String, Integer> counts, DetectorKind kind,
      List<? extends PatternFinding> findings) {
    counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), findings.size());
    for (PatternFinding f : findings) {
      flags.add(new Flag(kind, rows(ledger, f.transactions())));
    }
  }

  private static int[] rows(Ledger ledger, List<String> ids) {
    int[] rows = new int[ids.size()];
    int n = 0;
    for (String id : ids) {
      OptionalInt row = ledger.rowOf(id);
      if (row.isPresent()) {
        rows[n++] = row.getAsInt();
      }
    }
    return java.util.Arrays.copyOf(rows, n);
  }

  private static Evaluation score(Ledger ledger, GroundTruth truth, List<Flag> flags, Map<String, Integer> counts,
      BigDecimal minShare, boolean truncated) {
    Map<Integer, List<Flag>> byAccount = new HashMap<>();
    for (Flag f : flags) {
      BitSet seen = new BitSet();
      for (int row : f.rows()) {
        for (int a : new int[] {ledger.fromId(row), ledger.toId(row)}) {
          if (!seen.get(a)) {
            seen.set(a);
            byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(f);
          }
        }
      }
    }
    Map<String, List<int[]>> byTypology = new TreeMap<>();
    List<int[]> all = new ArrayList<>();
    int missing = 0;
    for (LabelledPattern p : truth.patterns()) {
      int[] rows = rows(ledger, p.transactions());
      missing += p.transactions().size() - rows.length;
      byTypology.computeIfAbsent(p.typology(), k -> new ArrayList<>()).add(rows);
      all.add(rows);
    }
    List<TypologyScore> scores = new ArrayList<>();
    for (Map.Entry<String, List<int[]>> e : byTypology.entrySet()) {
      scores.add(score(ledger, e.getKey(), e.getValue(), flags, byAccount, DetectorKind.matching(e.getKey()), minShare));
    }
    TypologyScore overall = score(ledger, "all", all, flags, byAccount,
        java.util.EnumSet.allOf(DetectorKind.class), minShare);
    return new Evaluation(scores, overall, counts, missing, minShare.doubleValue(), truncated);
  }

  private static TypologyScore score(Ledger ledger, String typology, List<int[]> patterns, List<Flag> flags,
      Map<Integer, List<Flag>> byAccount, Set<DetectorKind> kinds, BigDecimal minShare) {
    BitSet trueRows = new BitSet();
    for (int[] rows : patterns) {
      for (int r : rows) {
        trueRows.set(r);
      }
    }
    BitSet predictedRows = new BitSet();
    for (Flag f : flags) {
      if (kinds.contains(f.kind())) {
        for (int r : f.rows()) {
          predictedRows.set(r);
        }
      }
    }
    int found = 0;
    for (int[] rows : patterns) {
      if (found(ledger, rows, byAccount, kinds, minShare)) {
        found++;
      }
    }
    BitSet trueAccounts = accounts(ledger, trueRows);
    BitSet predictedAccounts = accounts(ledger, predictedRows);
    return new TypologyScore(typology, patterns.size(), found,
        ratio(intersection(predictedRows, trueRows), predictedRows.cardinality()),
        ratio(intersection(predictedRows, trueRows), trueRows.cardinality()),
        ratio(intersection(predictedAccounts, trueAccounts), predictedAccounts.cardinality()),
        ratio(intersection(predictedAccounts, trueAccounts), trueAccounts.cardinality()));
  }

  private static boolean found(Ledger ledger, int[] rows, Map<Integer, List<Flag>> byAccount, Set<DetectorKind> kinds,
      BigDecimal minShare) {
    if (rows.length == 0) {
      return false;
    }
    int main = mainAccount(ledger, rows);
    BitSet covered = new BitSet();
    for (Flag f : byAccount.getOrDefault(main, List.of())) {
      if (kinds.contains(f.kind())) {
        for (int r : f.rows()) {
          covered.set(r);
        }
      }
    }
    int hit = 0;
    for (int r : rows) {
      if (covered.get(r)) {
        hit++;
      }
    }
    return BigDecimal.valueOf(hit).compareTo(minShare.multiply(BigDecimal.valueOf(rows.length))) >= 0;
  }

  /** The account in most of the rows (payer or payee, once per row), ties to the smaller key. */
  static int mainAccount(Ledger ledger, int[] rows) {
    Map<Integer, Integer> count = new HashMap<>();
    for (int r : rows) {
      int from = ledger.fromId(r);
      int to = ledger.toId(r);
      count.merge(from, 1, Integer::sum);
      if (to != from) {
        count.merge(to, 1, Integer::sum);
      }
    }
    int best = -1;
    int bestCount = -1;
    for (Map.Entry<Integer, Integer> e : count.entrySet()) {
      int c = e.getValue();
      if (c > bestCount || (c == bestCount
          && ledger.accounts().name(e.getKey()).compareTo(ledger.accounts().name(best)) < 0)) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  private static BitSet accounts(Ledger ledger, BitSet rows) {
    BitSet a = new BitSet();
    for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
      a.set(ledger.fromId(r));
      a.set(ledger.toId(r));
    }
    return a;
  }

  private static int intersection(BitSet a, BitSet b) {
    BitSet c = (BitSet) a.clone();
    c.and(b);
    return c.cardinality();
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
