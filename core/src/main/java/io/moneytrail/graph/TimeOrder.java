package io.moneytrail.graph;

/** Sorts rows by time, ties by row, without boxing. */
final class TimeOrder {
  private TimeOrder() {}

  /**
   * @param time time per row
   * @return the rows ordered by time, then by row number
   */
  static int[] sortRows(long[] time) {
    int m = time.length;
    int[] rows = new int[m];
    boolean sorted = true;
    for (int i = 0; i < m; i++) {
      rows[i] = i;
      if (i > 0 && time[i] < time[i - 1]) {
        sorted = false;
      }
    }
    if (sorted) {
      return rows;
    }
    int[] buffer = new int[m];
    mergeSort(rows, buffer, 0, m, time);
    return rows;
  }

  /** Stable merge sort of rows[lo, hi) by time; rows enter in row order, so ties stay in row order. */
  private static void mergeSort(int[] rows, int[] buffer, int lo, int hi, long[] time) {
    if (hi - lo <= 32) {
      for (int i = lo + 1; i < hi; i++) {
        int r = rows[i];
        long t = time[r];
        int j = i - 1;
        while (j >= lo && time[rows[j]] > t) {
          rows[j + 1] = rows[j];
          j--;
        }
        rows[j + 1] = r;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(rows, buffer, lo, mid, time);
    mergeSort(rows, buffer, mid, hi, time);
    if (time[rows[mid - 1]] <= time[rows[mid]]) {
      return;
    }
    System.arraycopy(rows, lo, buffer, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && time[buffer[i]] <= time[buffer[j]])) {
        rows[k] = buffer[i++];
      } else {
        rows[k] = buffer[j++];
      }
    }
  }
}
