package io.moneytrail.analysis.trace;

import java.util.Arrays;

/**
 * An ordered pool for FIFO and LIFO: a deque of lots (one per transaction that fed it), each with
 * its total, its traced part and the hop of that part. A take that ends inside a lot takes traced
 * and untraced units of that lot in proportion ({@link MinorUnits#share}). Adjacent lots that are
 * both wholly untraced, or both wholly traced at the same hop, are merged (exact, since a take from
 * a pure lot is the same however it is split).
 */
final class LotPool implements Pool {
  private long[] total = new long[4];
  private long[] traced = new long[4];
  private int[] hop = new int[4];
  private int head;
  private int count;
  private long size;
  private long tracedSum;
  private int lastHop;

  LotPool(long initialSize) {
    if (initialSize > 0) {
      add(false, initialSize, 0, 0);
    }
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public long traced() {
    return tracedSum;
  }

  @Override
  public int lastHop() {
    return lastHop;
  }

  private int slot(int i) {
    return (head + i) & (total.length - 1);
  }

  @Override
  public void add(boolean front, long amount, long tracedPart, int lotHop) {
    if (amount <= 0) {
      return;
    }
    size += amount;
    tracedSum += tracedPart;
    int h = tracedPart == 0 ? 0 : lotHop;
    if (count > 0) {
      int end = front ? slot(0) : slot(count - 1);
      boolean pureUntraced = tracedPart == 0 && traced[end] == 0;
      boolean pureSameHop = tracedPart == amount && traced[end] == total[end] && hop[end] == h;
      if (pureUntraced || pureSameHop) {
        total[end] += amount;
        traced[end] += tracedPart;
        return;
      }
    }
    if (count == total.length) {
      grow();
    }
    int s;
    if (front) {
      head = (head - 1) & (total.length - 1);
      s = head;
    } else {
      s = slot(count);
    }
    count++;
    total[s] = amount;
    traced[s] = tracedPart;
    hop[s] = h;
  }

  private void grow() {
    int n = total.length;
    long[] t = new long[n * 2];
    long[] tr = new long[n * 2];
    int[] hp = new int[n * 2];
    for (int i = 0; i < count; i++) {
      int s = slot(i);
      t[i] = total[s];
      tr[i] = traced[s];
      hp[i] = hop[s];
    }
    total = t;
    traced = tr;
    hop = hp;
    head = 0;
  }

  @Override
  public long take(boolean front, long amount) {
    if (amount > size) {
      throw new IllegalStateException("take " + amount + " from a pool of " + size);
    }
    long result = 0;
    int minHop = Integer.MAX_VALUE;
    long left = amount;
    while (left > 0) {
      int s = front ? slot(0) : slot(count - 1);
      long part;
      if (total[s] <= left) {
        part = traced[s];
        left -= total[s];
        count--;
        if (front) {
          head = (head + 1) & (total.length - 1);
        }
      } else {
        part = MinorUnits.share(traced[s], left, total[s]);
        total[s] -= left;
        traced[s] -= part;
        left = 0;
      }
      if (part > 0) {
        result += part;
        minHop = Math.min(minHop, hop[s]);
      }
    }
    size -= amount;
    tracedSum -= result;
    lastHop = result > 0 ? minHop : 0;
    return result;
  }

  /** @return the lots front to back as {total, traced, hop} triples, for tests and debugging */
  long[][] lots() {
    long[][] out = new long[count][];
    for (int i = 0; i < count; i++) {
      int s = slot(i);
      out[i] = new long[] {total[s], traced[s], hop[s]};
    }
    return out;
  }

  @Override
  public String toString() {
    return "LotPool" + Arrays.deepToString(lots());
  }
}
