package io.moneytrail.synth;

/** Ranks {@code 0 .. n-1} drawn with weight {@code 1 / (rank + 1)} (Zipf's law), by binary search. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n) {
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / (k + 1);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
    cumulative[n - 1] = 1;
  }

  /** @return the rank for a uniform draw {@code u} in [0, 1) */
  int rank(double u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
