package io.moneytrail.analysis.cases;

import java.util.Arrays;

/**
 * A small set of non-negative ints (ledger rows, account ids) in memory proportional to its size,
 * not to its largest element as a {@link java.util.BitSet}'s: a case holds a few hundred rows of a
 * ledger of millions.
 */
final class IntSet {
  private static final int FREE = -1;
  private int[] table = new int[16];
  private int size;

  IntSet() {
    Arrays.fill(table, FREE);
  }

  /** @return whether the set holds the value */
  boolean contains(int v) {
    int mask = table.length - 1;
    for (int i = mix(v) & mask;; i = (i + 1) & mask) {
      int t = table[i];
      if (t == FREE) {
        return false;
      }
      if (t == v) {
        return true;
      }
    }
  }

  /** @return whether the value was added (false when it was there already) */
  boolean add(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("only non-negative values, was " + v);
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int mask = table.length - 1;
    for (int i = mix(v) & mask;; i = (i + 1) & mask) {
      int t = table[i];
      if (t == v) {
        return false;
      }
      if (t == FREE) {
        table[i] = v;
        size++;
        return true;
      }
    }
  }

  /** @return how many values the set holds */
  int size() {
    return size;
  }

  /** @return the values, ascending */
  int[] toSortedArray() {
    int[] out = new int[size];
    int n = 0;
    for (int t : table) {
      if (t != FREE) {
        out[n++] = t;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    Arrays.fill(table, FREE);
    size = 0;
    for (int t : old) {
      if (t != FREE) {
        add(t);
      }
    }
  }

  private static int mix(int v) {
    int h = v * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
