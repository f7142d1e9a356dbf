package io.moneytrail.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of ledger rows (0-based positions in a {@link Ledger}) held as a plain
 * {@code int[]}: four bytes a row instead of a boxed {@code Integer}, with the equality and hash
 * code of any {@link java.util.List}.
 */
public final class RowList extends AbstractList<Integer> implements RandomAccess {
  private static final RowList EMPTY = new RowList(new int[0]);

  private final int[] rows;

  private RowList(int[] rows) {
    this.rows = rows;
  }

  /**
   * @param rows ledger rows, in the order to keep (copied)
   * @return them as an immutable list
   */
  public static RowList of(int... rows) {
    return rows.length == 0 ? EMPTY : new RowList(rows.clone());
  }

  /**
   * @param rows ledger rows
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return {@code rows[from, to)} as an immutable list (copied)
   */
  public static RowList of(int[] rows, int from, int to) {
    return from == to ? EMPTY : new RowList(Arrays.copyOfRange(rows, from, to));
  }

  /**
   * @param rows ledger rows
   * @return them sorted ascending, each once, as an immutable list
   */
  public static RowList sortedDistinct(int[] rows) {
    int[] copy = rows.clone();
    Arrays.sort(copy);
    int n = 0;
    for (int i = 0; i < copy.length; i++) {
      if (i == 0 || copy[i] != copy[i - 1]) {
        copy[n++] = copy[i];
      }
    }
    return n == 0 ? EMPTY : new RowList(Arrays.copyOf(copy, n));
  }

  @Override
  public Integer get(int index) {
    return rows[index];
  }

  /**
   * @param index position in the list
   * @return the row there, unboxed
   */
  public int getInt(int index) {
    return rows[index];
  }

  @Override
  public int size() {
    return rows.length;
  }

  /** @return a copy of the rows as an array */
  public int[] toIntArray() {
    return rows.clone();
  }
}
