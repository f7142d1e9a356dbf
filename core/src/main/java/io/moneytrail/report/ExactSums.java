package io.moneytrail.report;

import java.math.BigInteger;

/** Exact sums of minor units per slot: {@code long} arithmetic, switching a slot to BigInteger on overflow. */
final class ExactSums {
  private final long[] sums;
  private BigInteger[] big;

  ExactSums(int slots) {
    sums = new long[slots];
  }

  void add(int slot, long value) {
    if (big != null && big[slot] != null) {
      big[slot] = big[slot].add(BigInteger.valueOf(value));
      return;
    }
    long s = sums[slot];
    long r = s + value;
    if (((s ^ r) & (value ^ r)) < 0) {
      if (big == null) {
        big = new BigInteger[sums.length];
      }
      big[slot] = BigInteger.valueOf(s).add(BigInteger.valueOf(value));
      return;
    }
    sums[slot] = r;
  }

  BigInteger get(int slot) {
    return big != null && big[slot] != null ? big[slot] : BigInteger.valueOf(sums[slot]);
  }

  /** Orders slots by sum without allocating for slots that never overflowed. */
  int compare(int a, int b) {
    if (big == null || (big[a] == null && big[b] == null)) {
      return Long.compare(sums[a], sums[b]);
    }
    return get(a).compareTo(get(b));
  }
}
