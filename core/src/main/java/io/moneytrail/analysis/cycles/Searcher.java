package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.TemporalIndex;
import java.util.Arrays;

/**
 * The per-thread search state: finds every qualifying cycle whose first transaction (in the
 * reported rotation) is a given start transaction.
 *
 * <p>For a start transaction {@code s} from account {@code a} at time {@code t0}, with deadline
 * {@code D = t0 + window}, define the closing bound {@code B_r(v)}: the latest time at which a
 * time-respecting path of at most {@code r} transactions can leave {@code v} and reach {@code a},
 * using only transactions with times in {@code [t0, D]} ({@code (t0, D]} with strict time) that
 * pass the per-hop amount and currency rules, never passing through {@code a} on the way. This is
 * a relaxation of the real constraints (it ignores that accounts must be distinct and the ratio
 * rules), so a forward path that reaches {@code v} at time {@code tc} with {@code r} hops left can
 * only close a cycle if {@code B_r(v) >= tc} ({@code > tc} with strict time), and scans of
 * {@code v}'s outgoing list may stop after {@code B_r(v)}. Any upper bound of {@code B_r(v)}
 * prunes just as safely, only less.
 *
 * <p>Two passes, same answer: first a cheap one, where {@code B_1} is computed exactly from the
 * start account's incoming list and, for {@code r >= 2}, the closing deadline {@code C} (the time
 * of the latest qualifying transaction into {@code a} within the window; every path back to
 * {@code a} ends with one, so {@code B_r(v) <= C}) is used as the bound. On sparse data the forward
 * trees are tiny and this is all that is needed. If the forward search of a start exceeds a node
 * budget, its partial output is discarded and it is searched again with {@code B_r} computed
 * exactly for every {@code r} by a layered backward pass (layer {@code r} relaxes only accounts
 * whose bound improved in layer {@code r - 1}), the 2SCENT-style closing-time pruning that keeps
 * dense bursts and hub accounts tractable.
 *
 * <p>Not thread-safe: one instance per worker thread.
 */
final class Searcher {
  private static final long NONE = Long.MIN_VALUE;

  private final TemporalIndex ix;
  private final int maxLength;
  private final int stride;
  private final long window;
  private final boolean strict;
  private final AmountRules rules;
  private final boolean ratioOn;

  private final long[] best;
  private final int[] stamp;
  private int epoch;
  private final int[] touched;
  private int touchedCount;
  private int[] layer;
  private int[] nextLayer;
  private final int[] layerStamp;
  private int layerEpoch;
  private final boolean[] onPath;
  private final int[] path;

  private int start;
  private int home;
  private long t0;
  private long deadline;
  private long lowest;
  private int currency;
  private final Adjacency adj;
  private final long nodeBudget;
  private final java.util.ArrayList<int[]> buffer = new java.util.ArrayList<>();
  private int exactLayers;
  private long closeBy;
  private long nodes;
  private boolean overBudget;

  Searcher(TemporalIndex ix, Adjacency adj, CycleOptions options, AmountRules rules, long nodeBudget) {
    this.ix = ix;
    this.adj = adj;
    this.nodeBudget = nodeBudget;
    this.maxLength = options.maxLength();
    this.stride = maxLength;
    this.window = options.window().toMillis();
    this.strict = options.strictTime();
    this.rules = rules;
    this.ratioOn = rules.ratioOn();
    int n = ix.accountCount();
    best = new long[n * stride];
    stamp = new int[n];
    touched = new int[n];
    layer = new int[n];
    nextLayer = new int[n];
    layerStamp = new int[n];
    onPath = new boolean[n];
    path = new int[maxLength];
  }

  /**
   * Adds to {@code out} every qualifying cycle whose reported rotation starts with row {@code s}.
   *
   * @param s a start transaction (not a self-transfer)
   * @param out where found cycles go
   */
  void search(int s, Collector out) {
    start = s;
    home = ix.from(s);
    int b = ix.to(s);
    t0 = ix.time(s);
    deadline = t0 + window < t0 ? Long.MAX_VALUE : t0 + window;
    if (strict) {
      if (t0 == Long.MAX_VALUE) {
        return;
      }
      lowest = t0 + 1;
    } else {
      lowest = t0;
    }
    currency = ix.currency(s);
    buffer.clear();
    exactLayers = 1;
    nodes = 0;
    overBudget = false;
    if (!closingBounds()) {
      return;
    }
    forward(b, nodeBudget);
    if (overBudget) {
      buffer.clear();
      exactLayers = maxLength - 1;
      closingBounds();
      forward(b, Long.MAX_VALUE);
    }
    for (int[] cycle : buffer) {
      out.add(cycle);
    }
  }

  private void forward(int b, long budget) {
    nodes = budget;
    overBudget = false;
    if (bound(maxLength - 1, b) >= lowest) {
      onPath[home] = true;
      onPath[b] = true;
      path[0] = start;
      extend(b, 1, t0, ix.amount(start));
      onPath[home] = false;
      onPath[b] = false;
    }
  }

  /** @return {@code B_r(v)}, or {@link #NONE} when {@code v} cannot reach the start account */
  private long bound(int r, int v) {
    if (r > exactLayers) {
      return closeBy;
    }
    return stamp[v] == epoch ? best[v * stride + r] : NONE;
  }

  private boolean hopOk(int e) {
    return !rules.on || (ix.currency(e) == currency && rules.hopOk(ix.amount(e)));
  }

  private void touch(int v) {
    if (stamp[v] != epoch) {
      stamp[v] = epoch;
      touched[touchedCount++] = v;
      Arrays.fill(best, v * stride + 1, v * stride + stride, NONE);
    }
  }

  /**
   * Computes {@code B_1} exactly, the closing deadline (latest qualifying transaction into the
   * start account within the window), and {@code B_r} exactly for {@code r = 2..exactLayers};
   * for larger {@code r} the closing deadline serves as the bound.
   *
   * @return false when no transaction can close a cycle
   */
  private boolean closingBounds() {
    epoch++;
    if (epoch == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      epoch = 1;
    }
    touchedCount = 0;
    int layerCount = 0;
    layerEpoch++;
    closeBy = NONE;
    long[] inTime = adj.inTime;
    int[] inFrom = adj.inFrom;
    int end = adj.inOffsets[home + 1];
    for (int p = Adjacency.firstAtOrAfter(inTime, adj.inOffsets[home], end, lowest); p < end; p++) {
      long t = inTime[p];
      if (t > deadline) {
        break;
      }
      int v = inFrom[p];
      if (v == home || (rules.on && !hopOk(adj.inRow[p]))) {
        continue;
      }
      touch(v);
      best[v * stride + 1] = t;
      closeBy = t;
      if (layerStamp[v] != layerEpoch) {
        layerStamp[v] = layerEpoch;
        layer[layerCount++] = v;
      }
    }
    if (touchedCount == 0) {
      return false;
    }
    for (int r = 2; r <= exactLayers; r++) {
      int nextCount = 0;
      layerEpoch++;
      for (int i = 0; i < layerCount; i++) {
        int w = layer[i];
        long tau = best[w * stride + r - 1];
        int wEnd = adj.inOffsets[w + 1];
        for (int p = Adjacency.firstAtOrAfter(inTime, adj.inOffsets[w], wEnd, lowest); p < wEnd; p++) {
          long t = inTime[p];
          if (strict ? t >= tau : t > tau) {
            break;
          }
          int v = inFrom[p];
          if (v == w || v == home || (rules.on && !hopOk(adj.inRow[p]))) {
            continue;
          }
          touch(v);
          int idx = v * stride + r;
          if (t > best[idx]) {
            best[idx] = t;
            if (layerStamp[v] != layerEpoch) {
              layerStamp[v] = layerEpoch;
              nextLayer[nextCount++] = v;
            }
          }
        }
      }
      int improved = 0;
      for (int i = 0; i < nextCount; i++) {
        int v = nextLayer[i];
        if (best[v * stride + r] > best[v * stride + r - 1]) {
          nextLayer[improved++] = v;
        }
      }
      for (int i = 0; i < touchedCount; i++) {
        int base = touched[i] * stride;
        if (best[base + r] < best[base + r - 1]) {
          best[base + r] = best[base + r - 1];
        }
      }
      int[] swap = layer;
      layer = nextLayer;
      nextLayer = swap;
      layerCount = improved;
    }
    return true;
  }

  /**
   * Extends the path at account {@code u} after {@code depth} hops, the last at time {@code tc}.
   * Gives up (setting {@code overBudget}) when the node budget runs out.
   */
  private void extend(int u, int depth, long tc, long previousAmount) {
    if (--nodes < 0) {
      overBudget = true;
      return;
    }
    int r = maxLength - depth;
    long hi = bound(r, u);
    if (strict && tc == Long.MAX_VALUE) {
      return;
    }
    long[] outTime = adj.outTime;
    int end = adj.outOffsets[u + 1];
    for (int p = Adjacency.firstAtOrAfter(outTime, adj.outOffsets[u], end, strict ? tc + 1 : tc); p < end; p++) {
      long t = outTime[p];
      if (t > hi) {
        break;
      }
      int w = adj.outTo[p];
      if (w == u) {
        continue;
      }
      if (w != home && (r == 1 || onPath[w] || (strict ? bound(r - 1, w) <= t : bound(r - 1, w) < t))) {
        continue;
      }
      int e = adj.outRow[p];
      long amount = 0;
      if (rules.on) {
        amount = ix.amount(e);
        if (ix.currency(e) != currency || !rules.hopOk(amount)) {
          continue;
        }
        if (ratioOn && !rules.ratioOk(previousAmount, amount)) {
          continue;
        }
      }
      path[depth] = e;
      if (w == home) {
        emit(depth + 1, t);
        continue;
      }
      onPath[w] = true;
      extend(w, depth + 1, t, amount);
      onPath[w] = false;
      if (overBudget) {
        return;
      }
    }
  }

  private void emit(int k, long end) {
    if (!strict && end == t0 && !canonicalRotation(k)) {
      return;
    }
    buffer.add(Arrays.copyOf(path, k));
  }

  /**
   * All k transactions have the same time, so every rotation is time-ordered; the reported one is
   * the qualifying rotation whose first transaction comes first in ledger order.
   */
  private boolean canonicalRotation(int k) {
    for (int j = 1; j < k; j++) {
      if (path[j] < start && (!ratioOn || rotationMeetsRatios(j, k))) {
        return false;
      }
    }
    return true;
  }

  private boolean rotationMeetsRatios(int j, int k) {
    for (int i = 1; i < k; i++) {
      int prev = path[(j + i - 1) % k];
      int next = path[(j + i) % k];
      if (!rules.ratioOk(ix.amount(prev), ix.amount(next))) {
        return false;
      }
    }
    return true;
  }
}
