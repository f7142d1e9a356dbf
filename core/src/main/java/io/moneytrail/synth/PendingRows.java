package io.moneytrail.synth;

import java.util.Arrays;

/**
 * Rows generated on one day for a later day (the later legs of multi-day episodes: repayments,
 * sweeps back, rent after flatmates' shares), kept in a ring of day buckets until their day comes.
 * Memory is bounded by the rows in flight, at most {@link #HORIZON_DAYS} days ahead.
 */
final class PendingRows {
  /** Largest distance in days between an episode's first and last row, exclusive. */
  static final int HORIZON_DAYS = 64;

  private final Bucket[] ring = new Bucket[HORIZON_DAYS];
  private final int lastDay;
  private int today;

  /** @param days days of the period: legs after the last day are moved to it */
  PendingRows(int days) {
    for (int i = 0; i < ring.length; i++) {
      ring[i] = new Bucket();
    }
    lastDay = days - 1;
  }

  /**
   * Adds a row on day {@code day} (clamped to the period's last day), today or later, or to
   * {@code rows} at once when it is for today.
   *
   * @param second second of the day, 0 to 86,399
   */
  void add(DayRows rows, int day, int second, int payer, int payee, long amountMinor, long tag) {
    int d = Math.min(day, lastDay);
    if (d < today || d - today >= HORIZON_DAYS) {
      throw new IllegalStateException("leg on day " + d + " from day " + today);
    }
    if (d == today) {
      rows.add(second, payer, payee, amountMinor, tag);
    } else {
      ring[d % HORIZON_DAYS].add(second, payer, payee, amountMinor, tag);
    }
  }

  /** Starts day {@code day}: moves its pending rows into {@code rows}. */
  void startDay(int day, DayRows rows) {
    today = day;
    Bucket b = ring[day % HORIZON_DAYS];
    for (int i = 0; i < b.size; i++) {
      rows.add(b.second[i], b.from[i], b.to[i], b.amount[i], b.tag[i]);
    }
    b.size = 0;
  }

  private static final class Bucket {
    int[] second = new int[64];
    int[] from = new int[64];
    int[] to = new int[64];
    long[] amount = new long[64];
    long[] tag = new long[64];
    int size;

    void add(int s, int f, int t, long a, long g) {
      if (size == second.length) {
        int n = size * 2;
        second = Arrays.copyOf(second, n);
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        amount = Arrays.copyOf(amount, n);
        tag = Arrays.copyOf(tag, n);
      }
      second[size] = s;
      from[size] = f;
      to[size] = t;
      amount[size] = a;
      tag[size] = g;
      size++;
    }
  }
}
