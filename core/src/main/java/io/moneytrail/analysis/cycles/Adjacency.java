package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.TemporalIndex;

/**
 * The temporal index's per-account lists laid out for the search: for each position of an
 * outgoing (incoming) list, the transaction's time and its counterparty sit in arrays parallel to
 * the row, so binary searches and scans read contiguous memory instead of jumping through rows.
 * Built once per search in O(transactions); immutable afterwards and shared by all workers.
 */
final class Adjacency {
  final int[] outOffsets;
  final long[] outTime;
  final int[] outTo;
  final int[] outRow;
  final int[] inOffsets;
  final long[] inTime;
  final int[] inFrom;
  final int[] inRow;

  Adjacency(TemporalIndex ix) {
    int n = ix.accountCount();
    int m = ix.size();
    outOffsets = new int[n + 1];
    inOffsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      outOffsets[a] = ix.outBegin(a);
      inOffsets[a] = ix.inBegin(a);
    }
    outOffsets[n] = m;
    inOffsets[n] = m;
    outTime = new long[m];
    outTo = new int[m];
    outRow = new int[m];
    inTime = new long[m];
    inFrom = new int[m];
    inRow = new int[m];
    for (int p = 0; p < m; p++) {
      int row = ix.outAt(p);
      outRow[p] = row;
      outTime[p] = ix.time(row);
      outTo[p] = ix.to(row);
      row = ix.inAt(p);
      inRow[p] = row;
      inTime[p] = ix.time(row);
      inFrom[p] = ix.from(row);
    }
  }

  /** @return the first position in {@code [lo, hi)} whose time is at least {@code t}, else hi */
  static int firstAtOrAfter(long[] times, int lo, int hi, long t) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
