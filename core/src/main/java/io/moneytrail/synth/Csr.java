package io.moneytrail.synth;

import java.util.Arrays;

/**
 * Compressed rows by group (CSR): members of group {@code g} are at {@code start[g] ..
 * start[g+1]-1}. Collects (group, account, amount, extra) entries in any order, then lays their
 * columns out grouped, each group in insertion order.
 */
final class Csr {
  private int[] group = new int[1024];
  private int[] account = new int[1024];
  private long[] amount = new long[1024];
  private int[] extra = new int[1024];
  private int size;

  void add(int g, int a, long v, int x) {
    if (size == group.length) {
      int n = size * 2;
      group = Arrays.copyOf(group, n);
      account = Arrays.copyOf(account, n);
      amount = Arrays.copyOf(amount, n);
      extra = Arrays.copyOf(extra, n);
    }
    group[size] = g;
    account[size] = a;
    amount[size] = v;
    extra[size] = x;
    size++;
  }

  /** Fills {@code start} (length groups + 1) and returns the entry order grouped by group. */
  int[] order(int groups, int[] start) {
    return groupBy(Arrays.copyOf(group, size), groups, start, size);
  }

  int[] accounts(int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = account[order[i]];
    }
    return out;
  }

  long[] amounts(int[] order) {
    long[] out = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = amount[order[i]];
    }
    return out;
  }

  int[] extras(int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = extra[order[i]];
    }
    return out;
  }

  /**
   * Counting sort: indices {@code i < n} with {@code group[i] >= 0}, grouped by group, in index
   * order; fills {@code start} (length groups + 1).
   */
  static int[] groupBy(int[] group, int groups, int[] start, int n) {
    for (int i = 0; i < n; i++) {
      if (group[i] >= 0) {
        start[group[i] + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] out = new int[start[groups]];
    int[] fill = Arrays.copyOf(start, groups);
    for (int i = 0; i < n; i++) {
      if (group[i] >= 0) {
        out[fill[group[i]]++] = i;
      }
    }
    return out;
  }
}
