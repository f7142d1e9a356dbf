package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Durations;
import io.moneytrail.ledger.RowList;
import io.moneytrail.analysis.Trees;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Structuring: at least n payments by one sender, or into one receiver, with amounts just under a
 * reporting threshold, within a window w.
 *
 * <p>Precisely: a payment between two different accounts is <em>near the threshold</em> when its
 * amount, in its own currency with that currency's threshold T, lies in {@code [T * (1 - margin),
 * T)} (exactly: minor units &ge; ceil(T(1 - margin) &middot; 10<sup>scale</sup>) and &lt;
 * T &middot; 10<sup>scale</sup>) and is at least {@code minAmount}. Payments in different
 * currencies count together, each against its own threshold. For each account and direction (the
 * payments it sent; those it received), the window of each near-threshold payment p holds the
 * near-threshold payments with time in {@code [time(p) - w, time(p)]}; it qualifies with at least n
 * of them. Qualifying windows sharing a payment (equivalently, with intersecting intervals) merge;
 * each group is one {@link StructuringFinding}. A payment can be in a sender's and a receiver's
 * finding.
 *
 * <p>Linear time. Findings are sorted by start, account key, direction, end.
 */
public final class StructuringDetector {
  private static final Logger LOG = LoggerFactory.getLogger(StructuringDetector.class);

  private StructuringDetector() {}

  /**
   * Finds structuring bursts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, account, direction, end
   */
  public static DetectorResult<StructuringFinding> detect(TemporalIndex index, StructuringOptions options) {
    Ledger ledger = index.ledger();
    int scale = ledger.scale();
    int currencies = ledger.currencies().size();
    AmountFloor minAmount = AmountFloor.of(options.minAmount(), scale);
    AmountFloor[] low = new AmountFloor[currencies];
    AmountFloor[] high = new AmountFloor[currencies];
    for (int c = 0; c < currencies; c++) {
      BigDecimal t = options.thresholdFor(ledger.currencies().get(c));
      low[c] = AmountFloor.of(t.multiply(BigDecimal.ONE.subtract(options.margin())), scale);
      high[c] = AmountFloor.of(t, scale);
    }
    long window = options.window().toMillis();
    int k = options.minCount();
    List<StructuringFinding> findings = Blocks.run(index.accountCount(), (from, to, out) -> {
      SlidingBursts bursts = new SlidingBursts(0);
      Totals totals = new Totals(index);
      int[] rows = new int[16];
      int[] others = new int[16];
      for (Direction dir : Direction.values()) {
        boolean sent = dir == Direction.SENT;
        for (int a = from; a < to; a++) {
          int begin = sent ? index.outBegin(a) : index.inBegin(a);
          int end = sent ? index.outEnd(a) : index.inEnd(a);
          if (end - begin < k) {
            continue;
          }
          if (rows.length < end - begin) {
            rows = new int[end - begin];
            others = new int[end - begin];
          }
          int n = 0;
          for (int p = begin; p < end; p++) {
            int row = sent ? index.outAt(p) : index.inAt(p);
            int other = sent ? index.to(row) : index.from(row);
            long amount = index.amount(row);
            int c = index.currency(row);
            if (other != a && minAmount.admits(amount) && low[c].admits(amount) && !high[c].admits(amount)) {
              rows[n] = row;
              others[n++] = other;
            }
          }
          if (n < k) {
            continue;
          }
          final int account = a;
          final int[] r = rows;
          final int[] o = others;
          bursts.run(index, rows, others, n, window, k, false, (lo, hi) -> {
            for (int i = lo; i <= hi; i++) {
              totals.add(r[i]);
            }
            out.add(new StructuringFinding(ledger.accounts().name(account), dir,
                Evidence.accounts(index, Arrays.copyOfRange(o, lo, hi + 1), hi - lo + 1), Evidence.ids(index, r, lo, hi + 1),
                RowList.of(r, lo, hi + 1),                Evidence.instant(index.time(r[lo])), Evidence.instant(index.time(r[hi])), totals.toMoney(), options));
          });
        }
      }
    });
    findings.sort(Comparator.comparing(StructuringFinding::start).thenComparing(StructuringFinding::account)
        .thenComparing(StructuringFinding::direction).thenComparing(StructuringFinding::end));
    LOG.debug("structuring: {} findings", findings.size());
    return new DetectorResult<>(Detector.STRUCTURING, options, findings, false);
  }

  /**
   * @param options the rule's options
   * @return the rule in words with its parameters
   */
  public static String rule(StructuringOptions options) {
    StringBuilder sb = new StringBuilder("structuring: >= ").append(options.minCount())
        .append(" payments by one sender, or into one receiver, within ").append(Durations.human(options.window()))
        .append(", each in [T * (1 - ").append(Trees.plain(options.margin())).append("), T) of its currency with T = ")
        .append(Trees.plain(options.threshold()));
    options.thresholds().forEach((code, t) -> sb.append(", ").append(code).append(' ').append(Trees.plain(t)));
    if (options.minAmount().signum() > 0) {
      sb.append(" (payments >= ").append(Trees.plain(options.minAmount())).append(')');
    }
    return sb.toString();
  }
}
