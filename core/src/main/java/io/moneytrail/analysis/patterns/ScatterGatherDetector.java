package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Durations;
import io.moneytrail.ledger.RowList;
import io.moneytrail.graph.UnionFind;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scatter-gather: a source S pays at least k distinct intermediaries, each of which pays one common
 * sink T at or after receiving from S, all within a window w.
 *
 * <p>Precisely: a payment is eligible when payer and receiver differ and its amount is &ge;
 * {@code minAmount}. For accounts S &ne; T, a <em>leg</em> through intermediary I (I &ne; S, T) is a
 * pair of eligible payments (a: S&rarr;I, b: I&rarr;T) with time(a) &le; time(b). For each eligible
 * payment of S at time x, the window {@code [x, x + w]} holds the legs whose two payments both lie
 * in it; it qualifies when those legs pass through at least k distinct intermediaries. The
 * window's transactions are the payments of its legs (a payment of S to I that no payment of I to T
 * within the window follows is not part of it). Qualifying windows of the same (S, T) that share a
 * transaction merge, transitively; each group is one {@link ScatterGatherFinding}. (Windows that
 * start at a time no leg starts at hold a subset of the legs of the window anchored at their first
 * leg, so they never change the findings.) A burst can interleave in time with another burst of
 * the same pair when they have no payment in common.
 *
 * <p>Method: candidate pairs (S, T) are those with at least k distinct intermediaries in the
 * static graph of eligible payments (found by counting two-step paths per source with an array,
 * cost about the number of distinct two-step paths); each candidate is then scanned in time with
 * monotone pointers per intermediary. Findings are sorted by start, source key, sink key, end.
 */
public final class ScatterGatherDetector {
  private static final Logger LOG = LoggerFactory.getLogger(ScatterGatherDetector.class);

  private ScatterGatherDetector() {}

  /**
   * Finds scatter-gather bursts.
   *
   * @param index the temporal index of the ledger
   * @param options the rule
   * @return the findings, sorted by start, source, sink, end
   */
  public static DetectorResult<ScatterGatherFinding> detect(TemporalIndex index, BurstOptions options) {
    List<ScatterGatherFinding> findings = new Search(index, options).run();
    findings.sort(Comparator.comparing(ScatterGatherFinding::start).thenComparing(ScatterGatherFinding::source)
        .thenComparing(ScatterGatherFinding::sink).thenComparing(ScatterGatherFinding::end));
    LOG.debug("scatter-gather: {} findings", findings.size());
    return new DetectorResult<>(Detector.SCATTER_GATHER, options, findings, false);
  }

  /** The state of one run. */
  private static final class Search {
    private final TemporalIndex index;
    private final BurstOptions options;
    private final AmountFloor minAmount;
    private final long w;
    private final int k;
    private final int n;
    /** Distinct eligible receivers per account, sorted by id: nbr[nOff[a], nOff[a + 1]). */
    private int[] nOff;
    private int[] nbr;

    Search(TemporalIndex index, BurstOptions options) {
      this.index = index;
      this.options = options;
      this.minAmount = options.minAmountFloor(index.ledger().scale());
      this.w = options.window().toMillis();
      this.k = options.minCounterparties();
      this.n = index.accountCount();
    }

    private boolean eligible(int row) {
      return index.from(row) != index.to(row) && minAmount.admits(index.amount(row));
    }

    List<ScatterGatherFinding> run() {
      buildNeighbours();
      return Blocks.run(n, (from, to, out) -> new Worker(out).sources(from, to));
    }

    private void buildNeighbours() {
      int[] stamp = new int[n];
      Arrays.fill(stamp, -1);
      nOff = new int[n + 1];
      for (int a = 0; a < n; a++) {
        int d = 0;
        for (int p = index.outBegin(a); p < index.outEnd(a); p++) {
          int row = index.outAt(p);
          if (eligible(row) && stamp[index.to(row)] != a) {
            stamp[index.to(row)] = a;
            d++;
          }
        }
        nOff[a + 1] = nOff[a] + d;
      }
      Arrays.fill(stamp, -1);
      nbr = new int[nOff[n]];
      for (int a = 0; a < n; a++) {
        int f = nOff[a];
        for (int p = index.outBegin(a); p < index.outEnd(a); p++) {
          int row = index.outAt(p);
          if (eligible(row) && stamp[index.to(row)] != a) {
            stamp[index.to(row)] = a;
            nbr[f++] = index.to(row);
          }
        }
        Arrays.sort(nbr, nOff[a], nOff[a + 1]);
      }
    }

    /** The per-block state of the search: scratch arrays, totals and the block's findings. */
    private final class Worker {
      private final List<ScatterGatherFinding> out;
      private final Totals totals = new Totals(index);

      Worker(List<ScatterGatherFinding> out) {
        this.out = out;
      }

      void sources(int from, int to) {
        int[] count = new int[n];
        int[] touched = new int[n];
        int[] slot = new int[n];
        for (int s = from; s < to; s++) {
          if (nOff[s + 1] - nOff[s] < k) {
            continue;
          }
          int nTouched = 0;
          for (int p = nOff[s]; p < nOff[s + 1]; p++) {
            int i = nbr[p];
            for (int q = nOff[i]; q < nOff[i + 1]; q++) {
              int t = nbr[q];
              if (t != s && count[t]++ == 0) {
                touched[nTouched++] = t;
              }
            }
          }
          int[] candidates = null;
          int nCandidates = 0;
          for (int j = 0; j < nTouched; j++) {
            int t = touched[j];
            if (count[t] >= k) {
              if (candidates == null) {
                candidates = new int[nTouched];
              }
              candidates[nCandidates++] = t;
            }
            count[t] = 0;
          }
          if (nCandidates > 0) {
            source(s, candidates, nCandidates, slot);
          }
        }
      }

      /** Handles one source with its candidate sinks. */
      private void source(int s, int[] sinks, int nSinks, int[] slot) {
        // The source's eligible payments grouped by receiver (in nbr order), each group in time order.
        int degree = nOff[s + 1] - nOff[s];
        for (int j = 0; j < degree; j++) {
          slot[nbr[nOff[s] + j]] = j;
        }
        int[] off = new int[degree + 1];
        for (int p = index.outBegin(s); p < index.outEnd(s); p++) {
          int row = index.outAt(p);
          if (eligible(row)) {
            off[slot[index.to(row)] + 1]++;
          }
        }
        for (int j = 0; j < degree; j++) {
          off[j + 1] += off[j];
        }
        int[] paid = new int[off[degree]];
        int[] fill = Arrays.copyOf(off, degree);
        for (int p = index.outBegin(s); p < index.outEnd(s); p++) {
          int row = index.outAt(p);
          if (eligible(row)) {
            paid[fill[slot[index.to(row)]]++] = row;
          }
        }
        Arrays.sort(sinks, 0, nSinks);
        for (int c = 0; c < nSinks; c++) {
          int t = sinks[c];
          List<int[]> aLists = new ArrayList<>();
          List<int[]> bLists = new ArrayList<>();
          List<Integer> via = new ArrayList<>();
          for (int j = 0; j < degree; j++) {
            int i = nbr[nOff[s] + j];
            if (Arrays.binarySearch(nbr, nOff[i], nOff[i + 1], t) < 0) {
              continue;
            }
            via.add(i);
            aLists.add(Arrays.copyOfRange(paid, off[j], off[j + 1]));
            int m = 0;
            int[] b = new int[index.outEnd(i) - index.outBegin(i)];
            for (int p = index.outBegin(i); p < index.outEnd(i); p++) {
              int row = index.outAt(p);
              if (index.to(row) == t && eligible(row)) {
                b[m++] = row;
              }
            }
            bLists.add(Arrays.copyOf(b, m));
          }
          pair(s, t, via, aLists.toArray(new int[0][]), bLists.toArray(new int[0][]));
        }
      }

      /** Scans one candidate pair (s, t) with intermediaries via[j], payments s->via[j] in a[j], via[j]->t in b[j]. */
      private void pair(int s, int t, List<Integer> via, int[][] a, int[][] b) {
        int c = via.size();
        int total = 0;
        for (int[] list : a) {
          total += list.length;
        }
        long[] anchors = new long[total];
        int na = 0;
        for (int[] list : a) {
          for (int row : list) {
            anchors[na++] = index.time(row);
          }
        }
        Arrays.sort(anchors);
        int[] aLo = new int[c];
        int[] aHi = new int[c];
        int[] bLo = new int[c];
        int[] bHi = new int[c];
        // qualifying windows: ranges per intermediary, -1 in aLo when no leg
        IntList ranges = new IntList();
        int windows = 0;
        int[] cur = new int[4 * c];
        for (int x = 0; x < na; x++) {
          if (x > 0 && anchors[x] == anchors[x - 1]) {
            continue;
          }
          long start = anchors[x];
          long end = start + w;
          int legs = 0;
          for (int j = 0; j < c; j++) {
            int[] aj = a[j];
            int[] bj = b[j];
            while (aLo[j] < aj.length && index.time(aj[aLo[j]]) < start) {
              aLo[j]++;
            }
            while (bHi[j] < bj.length && index.time(bj[bHi[j]]) <= end) {
              bHi[j]++;
            }
            cur[4 * j] = -1;
            if (aLo[j] == aj.length || index.time(aj[aLo[j]]) > end) {
              continue;
            }
            long first = index.time(aj[aLo[j]]);
            while (bLo[j] < bj.length && index.time(bj[bLo[j]]) < first) {
              bLo[j]++;
            }
            if (bLo[j] >= bHi[j]) {
              continue;
            }
            long last = index.time(bj[bHi[j] - 1]);
            if (aHi[j] < aLo[j]) {
              aHi[j] = aLo[j];
            }
            while (aHi[j] < aj.length && index.time(aj[aHi[j]]) <= last) {
              aHi[j]++;
            }
            cur[4 * j] = aLo[j];
            cur[4 * j + 1] = aHi[j];
            cur[4 * j + 2] = bLo[j];
            cur[4 * j + 3] = bHi[j];
            legs++;
          }
          if (legs >= k) {
            ranges.addAll(cur);
            windows++;
          }
        }
        if (windows == 0) {
          return;
        }
        // union windows that share a payment; per intermediary, only the previous window with a leg can
        UnionFind parent = new UnionFind(windows);
        int[] lastWindow = new int[c];
        Arrays.fill(lastWindow, -1);
        for (int win = 0; win < windows; win++) {
          for (int j = 0; j < c; j++) {
            int base = (win * c + j) * 4;
            if (ranges.get(base) < 0) {
              continue;
            }
            int prev = lastWindow[j];
            if (prev >= 0) {
              int pb = (prev * c + j) * 4;
              if (ranges.get(base) < ranges.get(pb + 1) || ranges.get(base + 2) < ranges.get(pb + 3)) {
                parent.union(prev, win);
              }
            }
            lastWindow[j] = win;
          }
        }
        boolean[] done = new boolean[windows];
        int[] coveredA = new int[c];
        int[] coveredB = new int[c];
        for (int g = 0; g < windows; g++) {
          int root = parent.find(g);
          if (done[root]) {
            continue;
          }
          done[root] = true;
          Arrays.fill(coveredA, 0);
          Arrays.fill(coveredB, 0);
          IntList rows = new IntList();
          IntList scattered = new IntList();
          IntList mids = new IntList();
          for (int win = g; win < windows; win++) {
            if (parent.find(win) != root) {
              continue;
            }
            for (int j = 0; j < c; j++) {
              int base = (win * c + j) * 4;
              if (ranges.get(base) < 0) {
                continue;
              }
              if (coveredA[j] == 0 && coveredB[j] == 0) {
                mids.add(via.get(j));
              }
              for (int p = Math.max(ranges.get(base), coveredA[j]); p < ranges.get(base + 1); p++) {
                rows.add(a[j][p]);
                scattered.add(a[j][p]);
              }
              coveredA[j] = Math.max(coveredA[j], ranges.get(base + 1));
              for (int p = Math.max(ranges.get(base + 2), coveredB[j]); p < ranges.get(base + 3); p++) {
                rows.add(b[j][p]);
              }
              coveredB[j] = Math.max(coveredB[j], ranges.get(base + 3));
            }
          }
          emit(s, t, rows.toArray(), scattered.toArray(), mids.toArray());
        }
      }

      private void emit(int s, int t, int[] rows, int[] scatteredRows, int[] mids) {
        Evidence.sortByTime(index, rows, rows.length);
        for (int row : scatteredRows) {
          totals.add(row);
        }
        List<Money> scattered = totals.toMoney();
        java.util.Arrays.sort(scatteredRows);
        for (int row : rows) {
          if (Arrays.binarySearch(scatteredRows, row) < 0) {
            totals.add(row);
          }
        }
        List<Money> gathered = totals.toMoney();
        var names = index.ledger().accounts();
        out.add(new ScatterGatherFinding(names.name(s), names.name(t), Evidence.accounts(index, mids, mids.length),
            Evidence.ids(index, rows, 0, rows.length), RowList.of(rows), Evidence.instant(index.time(rows[0])),
            Evidence.instant(index.time(rows[rows.length - 1])), scattered, gathered, options));
      }
    }
  }

  /**
   * @param options the rule's options
   * @return the rule in words with its parameters
   */
  public static String rule(BurstOptions options) {
    return "scatter-gather: a source pays >= " + options.minCounterparties() + " distinct intermediaries that each pay "
        + "one common sink at or after receiving from the source, all " + options.windowAndMinimum();
  }
}
