package io.moneytrail.evaluate;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Finding;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares an analysis's findings with labelled patterns.
 *
 * <p><b>Which findings count.</b> Each typology has matching detectors
 * ({@link LabelTypologies#matching(String)}). A finding's transactions are its evidence rows; its
 * accounts are the payers and payees of those transactions.
 *
 * <p><b>Found rule.</b> A pattern's <em>main account</em> is the account that takes part (as payer
 * or payee) in most of its transactions, ties broken by the smaller account key (the hub of a fan,
 * the collector of structuring, a mule of a chain). The pattern counts as <em>found</em> when the
 * findings of its matching detectors that involve the main account together hold at least
 * {@code minShare} of its transactions (of those present in the data; compared exactly). Several
 * findings may add up, so a scam-centre flow found as a collector's fan-in plus its mules'
 * pass-through findings counts.
 *
 * <p><b>Precision and recall</b> per typology: the predicted transactions are the union of the
 * evidence transactions of all findings of the matching detectors; the true ones are the
 * typology's labelled transactions. Precision = |predicted &cap; true| / |predicted|, recall =
 * |predicted &cap; true| / |true|. The account level is the same with the payers and payees of those
 * transactions. Transactions labelled with another typology count as false positives of this
 * typology (use the {@code overall} score, over all labels and all findings, to judge detection of
 * any laundering).
 */
public final class Evaluator {
  /** The default found share: half of a pattern's transactions. */
  public static final BigDecimal DEFAULT_MIN_SHARE = new BigDecimal("0.5");

  private Evaluator() {}

  /** One finding reduced to what evaluation needs. */
  private record Flag(Detector detector, int[] rows) {}

  /**
   * Scores an analysis's findings against the labels.
   *
   * @param result the analysis of the labelled data
   * @param truth the labels
   * @param minShare the found rule's share, in (0, 1]
   * @return the scores, deterministic for the same input
   * @throws IllegalArgumentException when minShare is outside (0, 1]
   */
  public static Evaluation evaluate(AnalysisResult result, GroundTruth truth, BigDecimal minShare) {
    if (minShare.signum() <= 0 || minShare.compareTo(BigDecimal.ONE) > 0) {
      throw new io.moneytrail.analysis.OptionException("minShare", minShare.toPlainString(),
          "must be > 0 and <= 1, was " + minShare.toPlainString());
    }
    Ledger ledger = result.index().ledger();
    List<Flag> flags = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<Detector, DetectorResult<? extends Finding>> e : result.detectors().entrySet()) {
      counts.put(e.getKey().id(), e.getValue().count());
      for (Finding f : e.getValue().findings()) {
        flags.add(new Flag(e.getKey(), f.rows().toIntArray()));
      }
    }
    return score(ledger, truth, flags, counts, minShare, result.cyclesTruncated());
  }

  /**
   * Runs the whole analysis with the given settings and scores it against the labels.
   *
   * @param load the labelled data
   * @param truth the labels
   * @param settings the analysis settings (as {@code analyze} takes them)
   * @param minShare the found rule's share, in (0, 1]
   * @return the scores
   */
  public static Evaluation evaluate(LoadResult load, GroundTruth truth, AnalysisSettings settings, BigDecimal minShare) {
    return evaluate(Analysis.run(load, settings), truth, minShare);
  }

  /** @return the ledger rows of the transaction ids the ledger holds, in the ids' order */
  static int[] rows(Ledger ledger, List<String> ids) {
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
      scores.add(score(ledger, e.getKey(), e.getValue(), flags, byAccount, LabelTypologies.matching(e.getKey()), minShare));
    }
    TypologyScore overall = score(ledger, "all", all, flags, byAccount,
        EnumSet.allOf(Detector.class), minShare);
    return new Evaluation(scores, overall, counts, missing, minShare.doubleValue(), truncated);
  }

  private static TypologyScore score(Ledger ledger, String typology, List<int[]> patterns, List<Flag> flags,
      Map<Integer, List<Flag>> byAccount, Set<Detector> kinds, BigDecimal minShare) {
    BitSet trueRows = new BitSet();
    for (int[] rows : patterns) {
      for (int r : rows) {
        trueRows.set(r);
      }
    }
    BitSet predictedRows = new BitSet();
    for (Flag f : flags) {
      if (kinds.contains(f.detector())) {
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

  private static boolean found(Ledger ledger, int[] rows, Map<Integer, List<Flag>> byAccount, Set<Detector> kinds,
      BigDecimal minShare) {
    if (rows.length == 0) {
      return false;
    }
    int main = mainAccount(ledger, rows);
    BitSet covered = new BitSet();
    for (Flag f : byAccount.getOrDefault(main, List.of())) {
      if (kinds.contains(f.detector())) {
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
