package io.moneytrail.synth;

import java.util.Arrays;

/**
 * One day's background rows in growable primitive arrays, sorted by (second of day, insertion
 * order). Each row carries its benign look-alike tag ({@link BenignTag}).
 */
final class DayRows {
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

  void sort() {
    Arrays.sort(keys, 0, size);
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
