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
 * Gather-scatter: at least k distinct sources pay a hub H, and H pays at least k distinct sinks at or
 * after the first of those inflows, all within a window w.
 *
 * <p>Precisely: the eligible inflows of H are payments from other accounts with amount &ge;
 * {@code minAmount}; the eligible outflows are payments to other accounts with amount &ge;
 * {@code minAmount}. For each eligible inflow at time x, the window {@code [x, x + w]} holds the
 * eligible inflows and outflows with time in it; it qualifies when its inflows come from at least
 * k distinct sources and its outflows go to at least k distinct sinks. (Anchoring at the earliest
 * inflow makes every outflow of the window "after the first inflow".) Qualifying windows of the
 * same hub that share a transaction merge transitively; as every window holds its anchoring
 * inflow, this is the same as merging windows whose intervals intersect. One
 * {@link GatherScatterFinding} per merged group. Sources and sinks may overlap.
 *
 * <p>Linear time: per hub, one sliding window over its inflows and one over its outflows, each with
 * a distinct-counterparty counter. Findings are sorted by start, then hub key, then end.
 */
public final class GatherScatterDetector {
  private static final Logger LOG = LoggerFactory.getLogger(GatherScatterDetector.class);

  private GatherScatterDetector() {}

  /**
   * Finds gather-scatter bursts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, hub, end
   */
  public static DetectorResult<GatherScatterFinding> detect(TemporalIndex index, BurstOptions options) {
    AmountFloor minAmount = options.minAmountFloor(index.ledger().scale());
    long w = options.window().toMillis();
    int k = options.minCounterparties();
    int accounts = index.accountCount();
    List<GatherScatterFinding> findings = Blocks.run(accounts, (from, to, out) -> {
      int[] srcCount = new int[accounts];
      int[] sinkCount = new int[accounts];
      Totals totals = new Totals(index);
      int[] in = new int[16];
      int[] outs = new int[16];
      for (int h = from; h < to; h++) {
        if (index.inEnd(h) - index.inBegin(h) < k || index.outEnd(h) - index.outBegin(h) < k) {
          continue;
        }
        if (in.length < index.inEnd(h) - index.inBegin(h)) {
          in = new int[index.inEnd(h) - index.inBegin(h)];
        }
        if (outs.length < index.outEnd(h) - index.outBegin(h)) {
          outs = new int[index.outEnd(h) - index.outBegin(h)];
        }
        int nIn = 0;
        for (int p = index.inBegin(h); p < index.inEnd(h); p++) {
          int row = index.inAt(p);
          if (index.from(row) != h && minAmount.admits(index.amount(row))) {
            in[nIn++] = row;
          }
        }
        int nOut = 0;
        for (int p = index.outBegin(h); p < index.outEnd(h); p++) {
          int row = index.outAt(p);
          if (index.to(row) != h && minAmount.admits(index.amount(row))) {
            outs[nOut++] = row;
          }
        }
        if (nIn < k || nOut < k) {
          continue;
        }
        int inHi = 0;
        int outLo = 0;
        int outHi = 0;
        int sources = 0;
        int sinks = 0;
        int bInLo = -1;
        int bInHi = -1;
        int bOutLo = -1;
        int bOutHi = -1;
        int prevAnchor = 0;
        for (int a = 0; a < nIn; a++) {
          long x = index.time(in[a]);
          if (a > 0 && index.time(in[a - 1]) == x) {
            continue;
          }
          long end = x + w;
          for (; inHi < nIn && index.time(in[inHi]) <= end; inHi++) {
            if (srcCount[index.from(in[inHi])]++ == 0) {
              sources++;
            }
          }
          for (; prevAnchor < a; prevAnchor++) {
            if (--srcCount[index.from(in[prevAnchor])] == 0) {
              sources--;
            }
          }
          for (; outHi < nOut && index.time(outs[outHi]) <= end; outHi++) {
            if (sinkCount[index.to(outs[outHi])]++ == 0) {
              sinks++;
            }
          }
          for (; outLo < outHi && index.time(outs[outLo]) < x; outLo++) {
            if (--sinkCount[index.to(outs[outLo])] == 0) {
              sinks--;
            }
          }
          if (sources >= k && sinks >= k) {
            if (bInLo >= 0 && a < bInHi) {
              bInHi = inHi;
              bOutHi = outHi;
            } else {
              if (bInLo >= 0) {
                out.add(finding(index, h, in, bInLo, bInHi, outs, bOutLo, bOutHi, totals, options));
              }
              bInLo = a;
              bInHi = inHi;
              bOutLo = outLo;
              bOutHi = outHi;
            }
          }
        }
        if (bInLo >= 0) {
          out.add(finding(index, h, in, bInLo, bInHi, outs, bOutLo, bOutHi, totals, options));
        }
        for (int i = prevAnchor; i < inHi; i++) {
          srcCount[index.from(in[i])] = 0;
        }
        for (int i = outLo; i < outHi; i++) {
          sinkCount[index.to(outs[i])] = 0;
        }
      }
    });
    findings.sort(Comparator.comparing(GatherScatterFinding::start).thenComparing(GatherScatterFinding::hub)
        .thenComparing(GatherScatterFinding::end));
    LOG.debug("gather-scatter: {} findings", findings.size());
    return new DetectorResult<>(Detector.GATHER_SCATTER, options, findings, false);
  }

  private static GatherScatterFinding finding(TemporalIndex index, int hub, int[] in, int inLo, int inHi, int[] out,
      int outLo, int outHi, Totals totals, BurstOptions options) {
    int[] sources = new int[inHi - inLo];
    for (int i = inLo; i < inHi; i++) {
      sources[i - inLo] = index.from(in[i]);
      totals.add(in[i]);
    }
    List<io.moneytrail.ledger.Money> gathered = totals.toMoney();
    int[] sinks = new int[outHi - outLo];
    for (int i = outLo; i < outHi; i++) {
      sinks[i - outLo] = index.to(out[i]);
      totals.add(out[i]);
    }
    List<io.moneytrail.ledger.Money> scattered = totals.toMoney();
    int[] rows = new int[sources.length + sinks.length];
    int i = inLo;
    int j = outLo;
    int n = 0;
    while (i < inHi || j < outHi) {
      if (j >= outHi || (i < inHi && Evidence.compare(index, in[i], out[j]) < 0)) {
        rows[n++] = in[i++];
      } else {
        rows[n++] = out[j++];
      }
    }
    return new GatherScatterFinding(index.ledger().accounts().name(hub), Evidence.accounts(index, sources,
        sources.length), Evidence.accounts(index, sinks, sinks.length), Evidence.ids(index, rows, 0, n), RowList.of(rows, 0, n),
        Evidence.instant(index.time(rows[0])), Evidence.instant(index.time(rows[n - 1])), gathered, scattered, options);
  }

  /**
   * @param options the rule's options
   * @return the rule in words with its parameters
   */
  public static String rule(BurstOptions options) {
    return "gather-scatter: a hub is paid by >= " + options.minCounterparties() + " distinct sources and pays >= "
        + options.minCounterparties() + " distinct sinks at or after the first of those inflows, all "
        + options.windowAndMinimum();
  }
}
