package io.moneytrail.graph;

import io.moneytrail.ledger.Ledger;

/**
 * A compact, immutable, int-indexed view of a ledger for the analyses: per account, its outgoing
 * and incoming transactions sorted by time, then by ledger order.
 *
 * <p>Transactions are identified by their ledger row. Accounts are the dense ids of the ledger's
 * {@link io.moneytrail.ledger.AccountDictionary}. Times are milliseconds since the epoch, amounts
 * minor units at the ledger's scale. The lists of account {@code a} are read by position:
 * outgoing rows are {@code outAt(p)} for {@code p} in {@code [outBegin(a), outEnd(a))}, and
 * likewise for incoming. Self-transfers appear in both lists of their account. Thread-safe.
 *
 * <p>An index may hold a subset of the ledger's transactions ({@link #restrictedTo}): its lists and
 * its time order then list only those rows, while rows keep their ledger numbers, so that
 * findings on a restricted index refer to the ledger's own rows.
 */
public final class TemporalIndex {
  private final Ledger ledger;
  private final long[] time;
  private final int[] from;
  private final int[] to;
  private final long[] amount;
  private final int[] currency;
  private final int[] byTime;
  private final int[] outOffsets;
  private final int[] outRows;
  private final int[] inOffsets;
  private final int[] inRows;

  private TemporalIndex(Ledger ledger, long[] time, int[] from, int[] to, long[] amount, int[] currency, int[] byTime,
      int[] outOffsets, int[] outRows, int[] inOffsets, int[] inRows) {
    this.ledger = ledger;
    this.time = time;
    this.from = from;
    this.to = to;
    this.amount = amount;
    this.currency = currency;
    this.byTime = byTime;
    this.outOffsets = outOffsets;
    this.outRows = outRows;
    this.inOffsets = inOffsets;
    this.inRows = inRows;
  }

  TemporalIndex(Ledger ledger) {
    this.ledger = ledger;
    int m = ledger.size();
    int n = ledger.accounts().size();
    time = new long[m];
    from = new int[m];
    to = new int[m];
    amount = new long[m];
    currency = new int[m];
    for (int i = 0; i < m; i++) {
      time[i] = ledger.epochMillis(i);
      from[i] = ledger.fromId(i);
      to[i] = ledger.toId(i);
      amount[i] = ledger.amount(i);
      currency[i] = ledger.currencyId(i);
    }
    byTime = TimeOrder.sortRows(time);
    outOffsets = new int[n + 1];
    inOffsets = new int[n + 1];
    for (int i = 0; i < m; i++) {
      outOffsets[from[i] + 1]++;
      inOffsets[to[i] + 1]++;
    }
    for (int a = 0; a < n; a++) {
      outOffsets[a + 1] += outOffsets[a];
      inOffsets[a + 1] += inOffsets[a];
    }
    outRows = new int[m];
    inRows = new int[m];
    int[] outFill = java.util.Arrays.copyOf(outOffsets, n);
    int[] inFill = java.util.Arrays.copyOf(inOffsets, n);
    for (int p = 0; p < m; p++) {
      int row = byTime[p];
      outRows[outFill[from[row]]++] = row;
      inRows[inFill[to[row]]++] = row;
    }
  }

  /** @return the ledger this index was built from */
  public Ledger ledger() {
    return ledger;
  }

  /** @return the number of accounts */
  public int accountCount() {
    return outOffsets.length - 1;
  }

  /** @return the number of transactions the index lists (the ledger's size unless restricted) */
  public int size() {
    return byTime.length;
  }

  /**
   * The same index restricted to some of its transactions: lists and time order hold only the
   * rows kept, in the same order; rows keep their ledger numbers.
   *
   * @param keep the rows to keep (ledger row numbers)
   * @return the restricted index
   */
  public TemporalIndex restrictedTo(java.util.BitSet keep) {
    int n = accountCount();
    int[] order = new int[Math.min(byTime.length, keep.cardinality())];
    int k = 0;
    for (int row : byTime) {
      if (keep.get(row)) {
        order[k++] = row;
      }
    }
    order = java.util.Arrays.copyOf(order, k);
    int[] outOff = new int[n + 1];
    int[] inOff = new int[n + 1];
    for (int row : order) {
      outOff[from[row] + 1]++;
      inOff[to[row] + 1]++;
    }
    for (int a = 0; a < n; a++) {
      outOff[a + 1] += outOff[a];
      inOff[a + 1] += inOff[a];
    }
    int[] outR = new int[k];
    int[] inR = new int[k];
    int[] outFill = java.util.Arrays.copyOf(outOff, n);
    int[] inFill = java.util.Arrays.copyOf(inOff, n);
    for (int row : order) {
      outR[outFill[from[row]]++] = row;
      inR[inFill[to[row]]++] = row;
    }
    return new TemporalIndex(ledger, time, from, to, amount, currency, order, outOff, outR, inOff, inR);
  }

  /**
   * @param row a ledger row
   * @return whether this index lists it
   */
  public boolean contains(int row) {
    int a = from[row];
    int lo = outOffsets[a];
    int hi = outOffsets[a + 1];
    int p = firstAtOrAfter(outRows, lo, hi, time[row]);
    for (; p < hi && time[outRows[p]] == time[row]; p++) {
      if (outRows[p] == row) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param row a transaction row
   * @return its time in milliseconds since the epoch
   */
  public long time(int row) {
    return time[row];
  }

  /**
   * @param row a transaction row
   * @return the paying account id
   */
  public int from(int row) {
    return from[row];
  }

  /**
   * @param row a transaction row
   * @return the receiving account id
   */
  public int to(int row) {
    return to[row];
  }

  /**
   * @param row a transaction row
   * @return the amount in minor units
   */
  public long amount(int row) {
    return amount[row];
  }

  /**
   * @param row a transaction row
   * @return the currency id (index into {@link Ledger#currencies()})
   */
  public int currency(int row) {
    return currency[row];
  }

  /**
   * The global time order.
   *
   * @param position a position in {@code [0, size())}
   * @return the row at that position when all transactions are sorted by time, then ledger order
   */
  public int byTime(int position) {
    return byTime[position];
  }

  /**
   * @param account an account id
   * @return the first position of its outgoing list
   */
  public int outBegin(int account) {
    return outOffsets[account];
  }

  /**
   * @param account an account id
   * @return one past the last position of its outgoing list
   */
  public int outEnd(int account) {
    return outOffsets[account + 1];
  }

  /**
   * @param position a position of an outgoing list
   * @return the transaction row there
   */
  public int outAt(int position) {
    return outRows[position];
  }

  /**
   * @param account an account id
   * @return the first position of its incoming list
   */
  public int inBegin(int account) {
    return inOffsets[account];
  }

  /**
   * @param account an account id
   * @return one past the last position of its incoming list
   */
  public int inEnd(int account) {
    return inOffsets[account + 1];
  }

  /**
   * @param position a position of an incoming list
   * @return the transaction row there
   */
  public int inAt(int position) {
    return inRows[position];
  }

  /**
   * Binary search in an account's outgoing list.
   *
   * @param account an account id
   * @param epochMillis a time
   * @return the first position whose transaction is at or after the time ({@link #outEnd} if none)
   */
  public int firstOutAtOrAfter(int account, long epochMillis) {
    return firstAtOrAfter(outRows, outOffsets[account], outOffsets[account + 1], epochMillis);
  }

  /**
   * Binary search in an account's incoming list.
   *
   * @param account an account id
   * @param epochMillis a time
   * @return the first position whose transaction is at or after the time ({@link #inEnd} if none)
   */
  public int firstInAtOrAfter(int account, long epochMillis) {
    return firstAtOrAfter(inRows, inOffsets[account], inOffsets[account + 1], epochMillis);
  }

  private int firstAtOrAfter(int[] rows, int lo, int hi, long t) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (time[rows[mid]] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
