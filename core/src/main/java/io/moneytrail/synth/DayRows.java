package io.moneytrail.synth;

import java.util.Arrays;

/**
 * One day's background rows in growable primitive arrays, sorted by (second of day, insertion
 * order). Each row carries its benign look-alike tag ({@link BenignTag}).
 */
final class DayRows {
  /** Below this many rows {@link Arrays#sort(long[], int, int)}; from here a radix sort (same order). */
  private static final int RADIX_FROM = 512;
  private static final int LOW_BITS = 9;
  private static final int LOW_BUCKETS = 1 << LOW_BITS;
  /** Seconds of a day fit in 17 bits: 9 low, 8 high. */
  private static final int HIGH_BUCKETS = 1 << (17 - LOW_BITS);
  private final int[] count = new int[LOW_BUCKETS + 1];
  private long[] scratch = new long[1024];
  private long[] keys = new long[1024];
  private int[] from = new int[1024];
  private int[] to = new int[1024];
  private long[] amount = new long[1024];
  private long[] tag = new long[1024];
  private int size;

  void clear() {
    size = 0;
  }

  /**
   * @param second second of the day, 0 to 86,399
   * @param amountMinor minor units at scale 2, at least 1
   */
  void add(int second, int payer, int payee, long amountMinor, long benignTag) {
    if (size == keys.length) {
      int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      amount = Arrays.copyOf(amount, n);
      tag = Arrays.copyOf(tag, n);
    }
    keys[size] = ((long) second << 32) | size;
    from[size] = payer;
    to[size] = payee;
    amount[size] = amountMinor;
    tag[size] = benignTag;
    size++;
  }

  /**
   * Sorts by key, {@code second << 32 | insertion index}: keys are unique and laid out in insertion
   * order, so a stable sort by second alone (two counting passes over its low 9 and high 8 bits)
   * gives the same order as sorting the whole keys.
   */
  void sort() {
    if (size < RADIX_FROM) {
      Arrays.sort(keys, 0, size);
      return;
    }
    if (scratch.length < size) {
      scratch = new long[keys.length];
    }
    pass(keys, scratch, 32, LOW_BUCKETS);
    pass(scratch, keys, 32 + LOW_BITS, HIGH_BUCKETS);
  }

  /** One stable counting pass over {@code buckets} values of the key bits from {@code shift}. */
  private void pass(long[] from, long[] into, int shift, int buckets) {
    int mask = buckets - 1;
    Arrays.fill(count, 0, buckets + 1, 0);
    for (int i = 0; i < size; i++) {
      count[(int) (from[i] >>> shift) & mask]++;
    }
    int sum = 0;
    for (int b = 0; b < buckets; b++) {
      int c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (int i = 0; i < size; i++) {
      long k = from[i];
      into[count[(int) (k >>> shift) & mask]++] = k;
    }
  }

  int size() {
    return size;
  }

  int secondOfDay(int pos) {
    return (int) (keys[pos] >>> 32);
  }

  int fromAt(int pos) {
    return from[(int) keys[pos]];
  }

  int toAt(int pos) {
    return to[(int) keys[pos]];
  }

  long amountAt(int pos) {
    return amount[(int) keys[pos]];
  }

  long tagAt(int pos) {
    return tag[(int) keys[pos]];
  }
}
