package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.TemporalIndex;
import java.util.Comparator;

/**
 * A cycle found by the search, as ledger rows in cycle order, with its transaction ids decoded on
 * first comparison. The order ({@link #order(TemporalIndex)}) is the result order: start time, then
 * transaction ids element by element (a prefix first), then rows element by element.
 */
final class Found {
  final int[] rows;
  private String[] ids;

  Found(int[] rows) {
    this.rows = rows;
  }

  private String id(TemporalIndex index, int i) {
    if (ids == null) {
      ids = new String[rows.length];
    }
    String id = ids[i];
    if (id == null) {
      id = index.ledger().txId(rows[i]);
      ids[i] = id;
    }
    return id;
  }

  static Comparator<Found> order(TemporalIndex index) {
    return (x, y) -> {
      int c = Long.compare(index.time(x.rows[0]), index.time(y.rows[0]));
      if (c != 0) {
        return c;
      }
      int n = Math.min(x.rows.length, y.rows.length);
      for (int i = 0; i < n; i++) {
        if (x.rows[i] != y.rows[i]) {
          c = x.id(index, i).compareTo(y.id(index, i));
          if (c != 0) {
            return c;
          }
        }
      }
      c = Integer.compare(x.rows.length, y.rows.length);
      if (c != 0) {
        return c;
      }
      for (int i = 0; i < n; i++) {
        c = Integer.compare(x.rows[i], y.rows[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }
}
