package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Durations;
import io.moneytrail.ledger.RowList;
import io.moneytrail.graph.TemporalIndex;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out: an account that pays at least k distinct receivers within a window w. Fan-in: an account
 * paid by at least k distinct senders within w.
 *
 * <p>Precisely, for fan-out of account A: the <em>eligible</em> payments are A's payments to other
 * accounts with amount &ge; {@code minAmount}. For each eligible payment p, the window of p is the
 * set of eligible payments with time in {@code [time(p) - w, time(p)]} (closed at both ends). A
 * window qualifies when its payments go to at least k distinct receivers. Qualifying windows that
 * share a payment merge, transitively (equivalently, since every window contains the payment it
 * ends at: windows whose time intervals intersect). Each merged group is one {@link FanFinding}
 * listing all payments of its windows. Bursts of one account are therefore disjoint in time.
 * Fan-in is the same with incoming payments and senders.
 *
 * <p>Runs in time linear in the number of transactions (one sliding window per account with a
 * distinct-counterparty counter). Findings are sorted by start, then account key, then end.
 */
public final class FanDetector {
  private static final Logger LOG = LoggerFactory.getLogger(FanDetector.class);

  private FanDetector() {}

  /**
   * Finds fan-out bursts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, account, end
   */
  public static DetectorResult<FanFinding> fanOut(TemporalIndex index, BurstOptions options) {
    return run(index, options, Direction.SENT);
  }

  /**
   * Finds fan-in bursts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, account, end
   */
  public static DetectorResult<FanFinding> fanIn(TemporalIndex index, BurstOptions options) {
    return run(index, options, Direction.RECEIVED);
  }

  private static DetectorResult<FanFinding> run(TemporalIndex index, BurstOptions options, Direction dir) {
    boolean sent = dir == Direction.SENT;
    AmountFloor minAmount = options.minAmountFloor(index.ledger().scale());
    long window = options.window().toMillis();
    int k = options.minCounterparties();
    int accounts = index.accountCount();
    List<FanFinding> findings = Blocks.run(accounts, (from, to, out) -> {
      SlidingBursts bursts = new SlidingBursts(accounts);
      Totals totals = new Totals(index);
      int[] rows = new int[16];
      int[] keys = new int[16];
      for (int a = from; a < to; a++) {
        int begin = sent ? index.outBegin(a) : index.inBegin(a);
        int end = sent ? index.outEnd(a) : index.inEnd(a);
        if (end - begin < k) {
          continue;
        }
        if (rows.length < end - begin) {
          rows = new int[end - begin];
          keys = new int[end - begin];
        }
        int n = 0;
        for (int p = begin; p < end; p++) {
          int row = sent ? index.outAt(p) : index.inAt(p);
          int other = sent ? index.to(row) : index.from(row);
          if (other != a && minAmount.admits(index.amount(row))) {
            rows[n] = row;
            keys[n++] = other;
          }
        }
        if (n < k) {
          continue;
        }
        final int account = a;
        final int[] r = rows;
        final int[] ks = keys;
        bursts.run(index, rows, keys, n, window, k, true, (lo, hi) -> {
          for (int i = lo; i <= hi; i++) {
            totals.add(r[i]);
          }
          out.add(new FanFinding(dir, index.ledger().accounts().name(account),
              Evidence.accounts(index, java.util.Arrays.copyOfRange(ks, lo, hi + 1), hi - lo + 1),
              Evidence.ids(index, r, lo, hi + 1), RowList.of(r, lo, hi + 1), Evidence.instant(index.time(r[lo])),
              Evidence.instant(index.time(r[hi])), totals.toMoney(), options));
        });
      }
    });
    findings.sort(Comparator.comparing(FanFinding::start).thenComparing(FanFinding::account)
        .thenComparing(FanFinding::end));
    LOG.debug("fan {}: {} findings", dir, findings.size());
    return new DetectorResult<>(sent ? Detector.FAN_OUT : Detector.FAN_IN, options, findings, false);
  }

  /**
   * @param options the rule's options
   * @return the fan-out rule in words, e.g. {@code fan-out: >= 5 distinct receivers within 7 days (payments >= 0 each, self-transfers ignored)}
   */
  public static String fanOutRule(BurstOptions options) {
    return "fan-out: >= " + options.minCounterparties() + " distinct receivers " + options.windowAndMinimum()
        + ", self-transfers ignored";
  }

  /**
   * @param options the rule's options
   * @return the fan-in rule in words, e.g. {@code fan-in: >= 5 distinct senders within 7 days (payments >= 0 each, self-transfers ignored)}
   */
  public static String fanInRule(BurstOptions options) {
    return "fan-in: >= " + options.minCounterparties() + " distinct senders " + options.windowAndMinimum()
        + ", self-transfers ignored";
  }
}
