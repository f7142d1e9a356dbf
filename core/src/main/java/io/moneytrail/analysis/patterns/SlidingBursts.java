package io.moneytrail.analysis.patterns;

import io.moneytrail.graph.TemporalIndex;

/**
 * The burst search shared by fan-out, fan-in and structuring, on one account's eligible rows in
 * time order: for every distinct time t among them, the window holds the rows with time in
 * {@code [t - window, t]}; it qualifies when it holds at least {@code k} distinct keys (or, in
 * counting mode, at least {@code k} rows). Qualifying windows are contiguous ranges of the rows, and
 * every window contains the row it ends at, so two qualifying windows share a row exactly when their
 * ranges intersect; a burst is a maximal chain of such windows, reported as one range. Linear in
 * the number of rows. Not thread-safe: one instance per thread.
 */
final class SlidingBursts {

  /** Receives each burst as the inclusive range {@code [lo, hi]} of the rows array. */
  interface Sink {
    void burst(int lo, int hi);
  }

  private final int[] counter;

  /** @param keySpace keys are in {@code [0, keySpace)} */
  SlidingBursts(int keySpace) {
    counter = new int[keySpace];
  }

  /**
   * @param rows eligible rows sorted by (time, row), in {@code [0, n)}
   * @param keys key of each row (counterparty), ignored in counting mode
   * @param distinct true: count distinct keys; false: count rows
   */
  void run(TemporalIndex index, int[] rows, int[] keys, int n, long window, int k, boolean distinct, Sink sink) {
    int lo = 0;
    int distinctKeys = 0;
    int burstLo = -1;
    int burstHi = -1;
    for (int i = 0; i < n; i++) {
      if (distinct && counter[keys[i]]++ == 0) {
        distinctKeys++;
      }
      long t = index.time(rows[i]);
      if (i + 1 < n && index.time(rows[i + 1]) == t) {
        continue;
      }
      long from = t - window;
      while (index.time(rows[lo]) < from) {
        if (distinct && --counter[keys[lo]] == 0) {
          distinctKeys--;
        }
        lo++;
      }
      int size = distinct ? distinctKeys : i - lo + 1;
      if (size >= k) {
        if (burstLo >= 0 && lo <= burstHi) {
          burstHi = i;
        } else {
          if (burstLo >= 0) {
            sink.burst(burstLo, burstHi);
          }
          burstLo = lo;
          burstHi = i;
        }
      }
    }
    if (burstLo >= 0) {
      sink.burst(burstLo, burstHi);
    }
    if (distinct) {
      for (int i = lo; i < n; i++) {
        counter[keys[i]] = 0;
      }
    }
  }
}
