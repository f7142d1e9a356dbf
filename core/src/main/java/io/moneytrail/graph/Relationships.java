package io.moneytrail.graph;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The relationships of a ledger: per ordered account pair (payer, payee) how often, since when and
 * how regularly it transacts, and per account how many distinct counterparties it has and when it
 * was active. What the analysis uses to tell everyday life (salaries, rent, subscriptions, regular
 * customers: lasting, regular relationships) from the short-lived relationships that laundering
 * builds, and hubs (far more counterparties than the ledger's norm) from ordinary accounts.
 *
 * <p>Computed once from a {@link TemporalIndex} in time linear in the transactions plus sorting
 * each account's payments by payee. Self-transfers form a pair of their own and are not
 * counterparties. Immutable and thread-safe.
 */
public final class Relationships {
  private final TemporalIndex index;
  private final int[] pairOfRow;
  private final int[] pairCount;
  private final long[] pairFirst;
  private final long[] pairLast;
  private final float[] pairGapCv;
  private final long[] pairMinAmount;
  private final long[] pairMaxAmount;
  private final int[] counterparties;
  private final long[] accountFirst;
  private final long[] accountLast;
  private final int[] accountTransactions;
  private final int medianCounterparties;

  private Relationships(TemporalIndex index) {
    this.index = index;
    int m = index.ledger().size();
    int n = index.accountCount();
    pairOfRow = new int[m];
    Arrays.fill(pairOfRow, -1);
    IntGrowable count = new IntGrowable();
    LongGrowable first = new LongGrowable();
    LongGrowable last = new LongGrowable();
    FloatGrowable cv = new FloatGrowable();
    LongGrowable minAmount = new LongGrowable();
    LongGrowable maxAmount = new LongGrowable();
    counterparties = new int[n];
    accountFirst = new long[n];
    accountLast = new long[n];
    accountTransactions = new int[n];
    long[] keys = new long[16];
    int[] others = new int[16];
    for (int a = 0; a < n; a++) {
      int b = index.outBegin(a);
      int e = index.outEnd(a);
      int k = e - b;
      if (keys.length < k) {
        keys = new long[Math.max(k, keys.length * 2)];
      }
      // sort the account's payments by payee, keeping time order within a payee (positions are time-ordered)
      for (int p = b; p < e; p++) {
        keys[p - b] = ((long) index.to(index.outAt(p)) << 32) | (p - b);
      }
      Arrays.sort(keys, 0, k);
      int i = 0;
      while (i < k) {
        int payee = (int) (keys[i] >>> 32);
        int j = i;
        int pair = count.size();
        long prev = Long.MIN_VALUE;
        double sum = 0;
        double sumSq = 0;
        int gaps = 0;
        long firstTime = Long.MAX_VALUE;
        long lastTime = Long.MIN_VALUE;
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        while (j < k && (int) (keys[j] >>> 32) == payee) {
          int row = index.outAt(b + (int) keys[j]);
          pairOfRow[row] = pair;
          least = Math.min(least, index.amount(row));
          most = Math.max(most, index.amount(row));
          long t = index.time(row);
          firstTime = Math.min(firstTime, t);
          lastTime = Math.max(lastTime, t);
          if (prev != Long.MIN_VALUE) {
            double g = t - prev;
            sum += g;
            sumSq += g * g;
            gaps++;
          }
          prev = t;
          j++;
        }
        count.add(j - i);
        minAmount.add(least);
        maxAmount.add(most);
        first.add(firstTime);
        last.add(lastTime);
        if (gaps >= 2 && sum > 0) {
          double mean = sum / gaps;
          double var = Math.max(0, sumSq / gaps - mean * mean);
          cv.add((float) (Math.sqrt(var) / mean));
        } else {
          cv.add(Float.NaN);
        }
        i = j;
      }
      // distinct counterparties in either direction, self excluded
      int bi = index.inBegin(a);
      int ei = index.inEnd(a);
      int total = k + (ei - bi);
      if (others.length < total) {
        others = new int[Math.max(total, others.length * 2)];
      }
      int c = 0;
      long firstSeen = Long.MAX_VALUE;
      long lastSeen = Long.MIN_VALUE;
      for (int p = b; p < e; p++) {
        int row = index.outAt(p);
        others[c++] = index.to(row);
        firstSeen = Math.min(firstSeen, index.time(row));
        lastSeen = Math.max(lastSeen, index.time(row));
      }
      for (int p = bi; p < ei; p++) {
        int row = index.inAt(p);
        others[c++] = index.from(row);
        firstSeen = Math.min(firstSeen, index.time(row));
        lastSeen = Math.max(lastSeen, index.time(row));
      }
      Arrays.sort(others, 0, c);
      int distinct = 0;
      for (int x = 0; x < c; x++) {
        if (others[x] != a && (x == 0 || others[x] != others[x - 1])) {
          distinct++;
        }
      }
      counterparties[a] = distinct;
      accountFirst[a] = firstSeen;
      accountLast[a] = lastSeen;
      accountTransactions[a] = total;
    }
    pairCount = count.toArray();
    pairFirst = first.toArray();
    pairLast = last.toArray();
    pairGapCv = cv.toArray();
    pairMinAmount = minAmount.toArray();
    pairMaxAmount = maxAmount.toArray();
    int[] active = Arrays.stream(counterparties).filter(d -> d > 0).sorted().toArray();
    medianCounterparties = active.length == 0 ? 0 : active[active.length / 2];
  }

  /**
   * @param index a ledger's temporal index (unrestricted)
   * @return the ledger's relationships
   */
  public static Relationships of(TemporalIndex index) {
    return new Relationships(index);
  }

  /** @return the index the relationships were computed from */
  public TemporalIndex index() {
    return index;
  }

  /**
   * @param row a ledger row
   * @return the number of transactions of the row's payer to the row's payee, this one included
   */
  public int pairCount(int row) {
    return pairCount[pairOfRow[row]];
  }

  /**
   * @param row a ledger row
   * @return the time span from the pair's first to its last transaction
   */
  public long pairSpanMillis(int row) {
    int p = pairOfRow[row];
    return pairLast[p] - pairFirst[p];
  }

  /**
   * @param row a ledger row
   * @return the time of the pair's first transaction, epoch milliseconds
   */
  public long pairFirst(int row) {
    return pairFirst[pairOfRow[row]];
  }

  /**
   * @param row a ledger row
   * @return the time of the pair's last transaction, epoch milliseconds
   */
  public long pairLast(int row) {
    return pairLast[pairOfRow[row]];
  }

  /**
   * How regular the pair's payments are in time: the coefficient of variation of the gaps between
   * consecutive payments (standard deviation over mean; 0 for payments at fixed intervals).
   *
   * @param row a ledger row
   * @return the pair's gap variation, or NaN when it has fewer than three payments
   */
  public double pairGapVariation(int row) {
    return pairGapCv[pairOfRow[row]];
  }

  /**
   * Whether the row's pair pays like a standing order: at least two payments, a mean gap of about a
   * week, a fortnight or a month (6 to 8, 13 to 15 or 27 to 32 days), gaps at near-fixed intervals
   * when there are three or more (variation at most 0.35), and amounts within 25 % of each other.
   * Salaries, rent, bills and subscriptions pay like this; money moved for a flow rarely does.
   *
   * @param row a ledger row
   * @return whether its relationship is regular
   */
  public boolean regular(int row) {
    int p = pairOfRow[row];
    int n = pairCount[p];
    if (n < 2) {
      return false;
    }
    double gapDays = (pairLast[p] - pairFirst[p]) / (double) (n - 1) / 86_400_000.0;
    boolean period = (gapDays >= 6 && gapDays <= 8) || (gapDays >= 13 && gapDays <= 15)
        || (gapDays >= 27 && gapDays <= 32);
    boolean fixed = n < 3 || pairGapCv[p] <= 0.35f;
    boolean similar = pairMinAmount[p] > 0 && pairMaxAmount[p] <= pairMinAmount[p] * 1.25;
    return period && fixed && similar;
  }

  /**
   * @param row a ledger row
   * @param span the longest span of a short-lived relationship, in milliseconds
   * @return whether the row's pair is established: its transactions span more than {@code span}
   */
  public boolean established(int row, long span) {
    return pairSpanMillis(row) > span;
  }

  /**
   * @param span the longest span of a short-lived relationship, in milliseconds
   * @return the rows whose pair is not established (see {@link #established})
   */
  public BitSet shortLived(long span) {
    BitSet rows = new BitSet(pairOfRow.length);
    for (int r = 0; r < pairOfRow.length; r++) {
      if (pairOfRow[r] >= 0 && !established(r, span)) {
        rows.set(r);
      }
    }
    return rows;
  }

  /**
   * @param account an account id
   * @return its distinct counterparties, payers and payees together, itself excluded
   */
  public int counterparties(int account) {
    return counterparties[account];
  }

  /** @return the median of the distinct counterparties of accounts with at least one */
  public int medianCounterparties() {
    return medianCounterparties;
  }

  /**
   * @param account an account id
   * @return the time of its first transaction, epoch milliseconds ({@code Long.MAX_VALUE} if none)
   */
  public long firstActive(int account) {
    return accountFirst[account];
  }

  /**
   * @param account an account id
   * @return the time of its last transaction, epoch milliseconds ({@code Long.MIN_VALUE} if none)
   */
  public long lastActive(int account) {
    return accountLast[account];
  }

  /**
   * @param account an account id
   * @return its transactions, paid and received (a self-transfer twice)
   */
  public int transactions(int account) {
    return accountTransactions[account];
  }

  /** A growable int array. */
  private static final class IntGrowable {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable long array. */
  private static final class LongGrowable {
    private long[] a = new long[1024];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable float array. */
  private static final class FloatGrowable {
    private float[] a = new float[1024];
    private int n;

    void add(float v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    float[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
