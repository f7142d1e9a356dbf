package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.RowList;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pass-through (mule) accounts: an account that receives money and pays at least a ratio r of it
 * onward within &Delta;t, at least m times.
 *
 * <p>Precisely, per account A and per currency (amounts are never compared across currencies):
 * A's incoming payments from other accounts with a positive amount are queued in time order. Each of
 * A's outgoing payments to other accounts with a positive amount, in time order, is allocated first
 * in, first out to the queued inflows that arrived at or before it and no more than &Delta;t before
 * it (an inflow's deadline is inclusive), up to each inflow's unallocated amount; whatever is left of
 * the outflow came from money A already had and is not attributed. An inflow with amount &ge;
 * {@code minAmount} whose allocated part reaches r &middot; amount (compared exactly) is an
 * <em>episode</em>; its delay is the time to the outflow with which that happened. Every inflow
 * takes part in the allocation, even those below {@code minAmount}, so that small inflows do not
 * let outflows be counted twice. An account with at least m episodes in a currency is one
 * {@link MuleFinding} for that currency. The overall retention is computed over all of A's non-self
 * payments in that currency.
 *
 * <p>Linear in the number of transactions (times the number of currencies an account uses).
 * Findings are sorted by start, then account key, then currency.
 */
public final class MuleDetector {
  private static final Logger LOG = LoggerFactory.getLogger(MuleDetector.class);

  private MuleDetector() {}

  /**
   * Finds pass-through accounts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, account, currency
   */
  public static DetectorResult<MuleFinding> detect(TemporalIndex index, MuleOptions options) {
    Ledger ledger = index.ledger();
    AmountFloor minAmount = AmountFloor.of(options.minAmount(), ledger.scale());
    long delay = options.maxDelay().toMillis();
    Ratio ratio = Ratio.of(options.ratio());
    List<MuleFinding> findings = Blocks.run(index.accountCount(), (from, to, out) -> {
      int currencies = ledger.currencies().size();
      boolean[] seen = new boolean[currencies];
      int[] inRows = new int[16];
      long[] remaining = new long[16];
      long[] allocated = new long[16];
      long[] reachedAt = new long[16];
      IntList recIn = new IntList();
      IntList recOut = new IntList();
      LongList recAmount = new LongList();
      for (int a = from; a < to; a++) {
        int inBegin = index.inBegin(a);
        int inEnd = index.inEnd(a);
        if (inEnd - inBegin < options.minEpisodes() || index.outEnd(a) == index.outBegin(a)) {
          continue;
        }
        Arrays.fill(seen, false);
        for (int p = inBegin; p < inEnd; p++) {
          int c = index.currency(index.inAt(p));
          if (seen[c]) {
            continue;
          }
          seen[c] = true;
          int n = 0;
          if (inRows.length < inEnd - inBegin) {
            int size = inEnd - inBegin;
            inRows = new int[size];
            remaining = new long[size];
            allocated = new long[size];
            reachedAt = new long[size];
          }
          long totalIn = 0;
          for (int q = inBegin; q < inEnd; q++) {
            int row = index.inAt(q);
            if (index.currency(row) == c && index.from(row) != a) {
              totalIn = Math.addExact(totalIn, index.amount(row));
              if (index.amount(row) > 0) {
                inRows[n] = row;
                remaining[n] = index.amount(row);
                allocated[n] = 0;
                reachedAt[n] = Long.MIN_VALUE;
                n++;
              }
            }
          }
          recIn.clear();
          recOut.clear();
          recAmount.clear();
          int head = 0;
          int tail = 0;
          long totalOut = 0;
          for (int q = index.outBegin(a); q < index.outEnd(a); q++) {
            int row = index.outAt(q);
            if (index.currency(row) != c || index.to(row) == a) {
              continue;
            }
            totalOut = Math.addExact(totalOut, index.amount(row));
            long amount = index.amount(row);
            if (amount <= 0) {
              continue;
            }
            long t = index.time(row);
            while (tail < n && index.time(inRows[tail]) <= t) {
              tail++;
            }
            while (head < tail && (remaining[head] == 0 || index.time(inRows[head]) + delay < t)) {
              head++;
            }
            for (int i = head; i < tail && amount > 0; i++) {
              long take = Math.min(amount, remaining[i]);
              remaining[i] -= take;
              amount -= take;
              allocated[i] += take;
              recIn.add(i);
              recOut.add(row);
              recAmount.add(take);
              if (reachedAt[i] == Long.MIN_VALUE && ratio.reached(allocated[i], index.amount(inRows[i]))) {
                reachedAt[i] = t;
              }
            }
          }
          int episodes = 0;
          for (int i = 0; i < n; i++) {
            if (reachedAt[i] != Long.MIN_VALUE && minAmount.admits(index.amount(inRows[i]))) {
              episodes++;
            }
          }
          if (episodes >= options.minEpisodes()) {
            out.add(finding(index, a, c, inRows, n, allocated, reachedAt, minAmount, recIn, recOut, recAmount,
                totalIn, totalOut, options));
          }
        }
      }
    });
    findings.sort(Comparator.comparing(MuleFinding::start).thenComparing(MuleFinding::account)
        .thenComparing(MuleFinding::currency));
    LOG.debug("mules: {} findings", findings.size());
    return new DetectorResult<>(Detector.MULES, options, findings, false);
  }

  private static MuleFinding finding(TemporalIndex index, int account, int currency, int[] inRows, int n,
      long[] allocated, long[] reachedAt, AmountFloor minAmount, IntList recIn, IntList recOut, LongList recAmount,
      long totalIn, long totalOut, MuleOptions options) {
    Ledger ledger = index.ledger();
    int scale = ledger.scale();
    String code = ledger.currencies().get(currency);
    // group allocation records by inflow (records are in outflow order, which stays within a group)
    int[] first = new int[n + 1];
    for (int i = 0; i < recIn.size(); i++) {
      first[recIn.get(i) + 1]++;
    }
    for (int i = 0; i < n; i++) {
      first[i + 1] += first[i];
    }
    int[] order = new int[recIn.size()];
    int[] fill = Arrays.copyOf(first, n);
    for (int i = 0; i < recIn.size(); i++) {
      order[fill[recIn.get(i)]++] = i;
    }
    List<MuleFinding.Episode> episodes = new ArrayList<>();
    IntList evidence = new IntList();
    long inSum = 0;
    long passed = 0;
    long end = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      int in = inRows[i];
      if (reachedAt[i] == Long.MIN_VALUE || !minAmount.admits(index.amount(in))) {
        continue;
      }
      List<MuleFinding.Outflow> outs = new ArrayList<>();
      evidence.add(in);
      for (int j = first[i]; j < first[i + 1]; j++) {
        int rec = order[j];
        int out = recOut.get(rec);
        outs.add(new MuleFinding.Outflow(ledger.txId(out), ledger.to(out), ledger.timestamp(out),
            new Money(index.amount(out), scale, code), new Money(recAmount.get(rec), scale, code)));
        evidence.add(out);
        end = Math.max(end, index.time(out));
      }
      inSum = Math.addExact(inSum, index.amount(in));
      passed = Math.addExact(passed, allocated[i]);
      episodes.add(new MuleFinding.Episode(ledger.txId(in), ledger.from(in), ledger.timestamp(in),
          new Money(index.amount(in), scale, code), outs, new Money(allocated[i], scale, code),
          Duration.ofMillis(reachedAt[i] - index.time(in))));
    }
    int[] rows = evidence.toArray();
    Arrays.sort(rows);
    int distinct = 0;
    for (int i = 0; i < rows.length; i++) {
      if (i == 0 || rows[i] != rows[i - 1]) {
        rows[distinct++] = rows[i];
      }
    }
    Evidence.sortByTime(index, rows, distinct);
    BigDecimal retention = BigDecimal.valueOf(totalIn - totalOut)
        .divide(BigDecimal.valueOf(totalIn), 4, RoundingMode.HALF_EVEN);
    return new MuleFinding(ledger.accounts().name(account), code, episodes, Evidence.ids(index, rows, 0, distinct),
        RowList.of(rows, 0, distinct),        episodes.get(0).received(), Evidence.instant(end), List.of(new Money(inSum, scale, code)),
        new Money(passed, scale, code), new Money(totalIn, scale, code), new Money(totalOut, scale, code),
        retention, options);
  }

  /** Exact test {@code part >= unscaled / denominator * whole} for non-negative values. */
  private record Ratio(long unscaled, long denominator) {
    /** r in (0, 1], so after stripping zeros its scale is at least 0. */
    static Ratio of(BigDecimal r) {
      BigDecimal s = r.stripTrailingZeros();
      int scale = Math.max(0, s.scale());
      return new Ratio(s.setScale(scale).unscaledValue().longValueExact(), BigInteger.TEN.pow(scale).longValueExact());
    }

    boolean reached(long part, long whole) {
      long left = part * denominator;
      long right = unscaled * whole;
      if (Math.multiplyHigh(part, denominator) != 0 || Math.multiplyHigh(unscaled, whole) != 0
          || left < 0 || right < 0) {
        return BigInteger.valueOf(part).multiply(BigInteger.valueOf(denominator))
            .compareTo(BigInteger.valueOf(unscaled).multiply(BigInteger.valueOf(whole))) >= 0;
      }
      return left >= right;
    }
  }

  /**
   * @param options the rule's options
   * @return the rule in words with its parameters
   */
  public static String rule(MuleOptions options) {
    return "pass-through: >= " + options.minEpisodes() + " inflows (each >= " + Trees.plain(options.minAmount())
        + ") of which >= " + Trees.plain(options.ratio()) + " was paid onward, in the same currency, within "
        + Durations.human(options.maxDelay()) + " (first-in-first-out allocation of outflows to inflows)";
  }
}
